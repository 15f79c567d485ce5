package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.goblet.Authorized;
import dev.goblet.HttpMethod;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.CorsPath;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.RouteModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The app's HTTP API in one stage's template, for {@code api_type} {@code HTTP}: {@code HttpAPI}, an
 * {@code AWS::Serverless::HttpApi} on the stage {@code api_gateway_stage}, and on each function that serves routes
 * one {@code HttpApi} event per route and method, with payload 2.0. SAM writes the routes, their Lambda integrations
 * and a permission per event from them. IAM routes use the HTTP API's {@code AWS_IAM} authorizer; a
 * {@code @CognitoAuthorizer} becomes a JWT authorizer trusting its user pool as issuer and its app clients as
 * audience. The app's CORS becomes the API's {@code CorsConfiguration} when every route shares one setting
 * ({@link GatewayCors}); otherwise each CORS path gets an {@code OPTIONS} event that the handler answers. Outputs:
 * {@code HttpAPIId} and {@code EndpointURL}, as the REST API's.
 */
final class HttpApiResources {
    static final String API = "HttpAPI";

    private final AppModel app;
    private final StageConfig stage;
    private final Optional<CorsModel> cors;

    HttpApiResources(AppModel app, StageConfig stage) {
        this.app = app;
        this.stage = stage;
        this.cors = GatewayCors.uniform(app.routes());
    }

    ObjectNode api() {
        ObjectNode properties = object();
        properties.put("StageName", stage.api().stageName());
        properties.put("Description", "The " + app.name() + " API, built with Goblet.");
        // A problem in the routes the API is made of fails the deployment, rather than leaving a route out.
        properties.put("FailOnWarnings", true);
        ObjectNode auth = auth();
        if (!auth.isEmpty()) {
            properties.set("Auth", auth);
        }
        cors.ifPresent(setting -> properties.set("CorsConfiguration",
                GatewayCors.configuration(setting, GatewayCors.methodsAndOptions(app.routes()))));
        return resource("AWS::Serverless::HttpApi", properties);
    }

    /** The IAM authorizer when a route is an IAM one, and a JWT authorizer for the Cognito one. */
    private ObjectNode auth() {
        ObjectNode auth = object();
        Set<String> used = new HashSet<>();
        app.routes().forEach(route -> route.security().authorizer().ifPresent(used::add));
        for (String name : used.stream().sorted().toList()) {
            AuthorizerModel authorizer = app.authorizer(name).orElseThrow();
            if (authorizer instanceof AuthorizerModel.Iam) {
                auth.put("EnableIamAuthorizer", true);
            } else if (authorizer instanceof AuthorizerModel.Cognito cognito) {
                ObjectNode jwt = child(auth, "Authorizers").putObject(name);
                jwt.put("IdentitySource", "$request.header." + cognito.header());
                ObjectNode configuration = jwt.putObject("JwtConfiguration");
                configuration.set("issuer", sub(AuthorizerModel.Cognito.issuer(cognito.providerArns().get(0))
                        .orElseThrow()));
                ArrayNode audience = configuration.putArray("audience");
                cognito.audiences().forEach(id -> audience.add(text(id)));
            }
        }
        return auth;
    }

    /** Each route's events on the function that serves it, and the preflights the function answers. */
    void addEvents(ObjectNode resources) {
        Set<String> names = new HashSet<>();
        // An HTTP API has one route per method and path: a path served by two functions gets one preflight.
        Set<String> preflights = new HashSet<>();
        for (ApiHandlerModel function : app.apiFunctions()) {
            ObjectNode events = child((ObjectNode) resources.path(function.logicalId()).path("Properties"), "Events");
            for (RouteModel route : function.routes()) {
                for (HttpMethod method : route.methods()) {
                    events.set(name(method, route, names), event(route.path().text(), method, route));
                }
            }
            if (cors.isEmpty()) {
                for (CorsPath preflight : CorsPath.of(function.routes())) {
                    if (!preflights.add(preflight.path())) {
                        continue;
                    }
                    events.set(name(HttpMethod.OPTIONS, preflight.firstRoute(), names),
                            event(preflight.path(), HttpMethod.OPTIONS, null));
                }
            }
        }
    }

    /** {@code GetListNotes}: the method and the Java method, unique in the template (SAM names a permission so). */
    private static String name(HttpMethod method, RouteModel route, Set<String> taken) {
        String base = EventSource.logicalIdOf(method.name().toLowerCase(Locale.ROOT)) + EventSource
                .logicalIdOf(route.methodName());
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** One route and method; {@code route} null for a preflight, which no authorizer guards. */
    private ObjectNode event(String path, HttpMethod method, RouteModel route) {
        ObjectNode properties = object();
        properties.set("ApiId", ref(API));
        properties.put("Path", path);
        properties.put("Method", method.name());
        properties.put("PayloadFormatVersion", "2.0");
        if (route != null) {
            route.security().authorizer().ifPresent(name -> {
                ObjectNode auth = properties.putObject("Auth");
                auth.put("Authorizer", name.equals(Authorized.IAM) ? "AWS_IAM" : name);
                if (!route.security().scopes().isEmpty()) {
                    ArrayNode scopes = auth.putArray("AuthorizationScopes");
                    route.security().scopes().forEach(scopes::add);
                }
            });
        }
        return object().put("Type", "HttpApi").set("Properties", properties);
    }

    void addOutputs(ObjectNode outputs) {
        outputs.putObject("HttpAPIId").set("Value", ref(API));
        outputs.putObject("EndpointURL").set("Value", sub("https://${" + API
                + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + stage.api().stageName() + "/"));
    }

    /** The object {@code parent} holds under {@code name}, made when it has none. */
    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    private static JsonNode text(String value) {
        return value.contains("${") ? sub(value) : TextNode.valueOf(value);
    }
}
