package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's WebSocket API, when it has WebSocket handlers, under Chalice's logical ids: {@code WebsocketAPI}
 * ({@code AWS::ApiGatewayV2::Api}, protocol {@code WEBSOCKET}), for each handler's function {@code <Id>Route},
 * {@code <Id>APIIntegration} (Lambda proxy) and {@code <Id>InvokePermission}, then {@code WebsocketAPIDeployment}
 * (after every route) and {@code WebsocketAPIStage}, named by {@code api_gateway_stage} as the REST API's stage is.
 * Outputs: {@code WebsocketAPIId}, {@code WebsocketConnectEndpointURL}, and each handler's
 * {@code <Id>HandlerArn} and {@code <Id>HandlerName}.
 */
final class WebSocketResources {
    static final String API = EventSource.WebSocket.API;
    /** The variable every function of the app finds the management API's endpoint in. */
    static final String ENDPOINT_VARIABLE = "GOBLET_WEBSOCKET_ENDPOINT";

    private final AppModel app;
    private final List<EventFunctionModel> handlers = new ArrayList<>();
    private final String stageName;

    WebSocketResources(AppModel app, StageConfig stage) {
        this.app = app;
        this.stageName = stage.api().stageName();
        for (var function : app.functions()) {
            if (function instanceof EventFunctionModel event && event.source() instanceof EventSource.WebSocket) {
                handlers.add(event);
            }
        }
    }

    boolean present() {
        return !handlers.isEmpty();
    }

    /** Whether {@code function} is one of the API's handlers, whose outputs are named as Chalice's. */
    static boolean isHandler(Object function) {
        return function instanceof EventFunctionModel event && event.source() instanceof EventSource.WebSocket;
    }

    /** The management API's endpoint, {@code https://<api>.execute-api.<region>.<suffix>/<stage>}. */
    ObjectNode endpoint() {
        return sub("https://${" + API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + stageName);
    }

    void addResources(ObjectNode resources) {
        if (!present()) {
            return;
        }
        ObjectNode api = object().put("Name", app.name() + "-websocket-api").put("ProtocolType", "WEBSOCKET");
        api.put("RouteSelectionExpression", handlers.stream()
                .map(handler -> ((EventSource.WebSocket) handler.source()).routeSelection())
                .filter(expression -> !expression.isEmpty()).findFirst()
                .orElse(EventSource.WebSocket.DEFAULT_ROUTE_SELECTION));
        resources.set(API, resource("AWS::ApiGatewayV2::Api", api));
        ArrayNode routes = object().arrayNode();
        for (EventFunctionModel handler : handlers) {
            String id = handler.logicalId();
            ObjectNode integration = object().set("ApiId", ref(API));
            integration.put("IntegrationType", "AWS_PROXY");
            integration.set("IntegrationUri", sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path"
                    + "/2015-03-31/functions/${" + id + ".Arn}/invocations"));
            resources.set(id + "APIIntegration", resource("AWS::ApiGatewayV2::Integration", integration));

            ObjectNode route = object().set("ApiId", ref(API));
            route.put("RouteKey", ((EventSource.WebSocket) handler.source()).routeKey());
            route.put("AuthorizationType", "NONE");
            route.set("Target", sub("integrations/${" + id + "APIIntegration}"));
            resources.set(id + "Route", resource("AWS::ApiGatewayV2::Route", route));
            routes.add(id + "Route");

            ObjectNode permission = object().set("FunctionName", ref(id));
            permission.put("Action", "lambda:InvokeFunction").put("Principal", "apigateway.amazonaws.com");
            permission.set("SourceArn", sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                    + API + "}/*"));
            resources.set(id + "InvokePermission", resource("AWS::Lambda::Permission", permission));
        }
        ObjectNode deployment = resource("AWS::ApiGatewayV2::Deployment", object().set("ApiId", ref(API)));
        deployment.set("DependsOn", routes);
        resources.set(API + "Deployment", deployment);
        ObjectNode stage = object().set("ApiId", ref(API));
        stage.set("DeploymentId", ref(API + "Deployment"));
        stage.put("StageName", stageName);
        resources.set(API + "Stage", resource("AWS::ApiGatewayV2::Stage", stage));
    }

    void addOutputs(ObjectNode outputs) {
        if (!present()) {
            return;
        }
        outputs.putObject(API + "Id").set("Value", ref(API));
        outputs.putObject("WebsocketConnectEndpointURL").set("Value", sub("wss://${" + API
                + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + stageName + "/"));
    }

    /** Chalice's {@code <Id>HandlerArn} and {@code <Id>HandlerName} of a handler's function. */
    static void addHandlerOutputs(String logicalId, ObjectNode outputs) {
        outputs.putObject(logicalId + "HandlerArn").set("Value", getAtt(logicalId, "Arn"));
        outputs.putObject(logicalId + "HandlerName").set("Value", ref(logicalId));
    }
}
