package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;
import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.value;
import static dev.goblet.processor.writing.sam.TemplateValues.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.internal.GatewayError;
import dev.goblet.processor.config.ApiConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.BinaryTypes;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.CorsPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's REST API in one stage's template: {@code RestAPI}, whose definition is the app's OpenAPI document with
 * the Lambda proxy integration on every operation (to the function that serves its route), the permission for it to
 * call each API function, and Chalice's outputs {@code RestAPIId} and {@code EndpointURL}. SAM makes the deployment
 * and the stage from it.
 */
final class ApiResources {
    static final String API = "RestAPI";

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final ApiHandlerModel function;
    /** Every function that serves routes, {@code function} first. */
    private final List<ApiHandlerModel> functions;
    /** The logical id of the function that serves each operation, by {@code "<method> <path>"}, lower-case method. */
    private final Map<String, String> owners = new HashMap<>();
    private final JsonNode definition;
    private final ApiConfig config;
    /** The API traces requests when its function does, as in Chalice. */
    private final boolean xray;
    private final TemplateParameters parameters;
    /** The CORS headers of API Gateway's own answers; empty when the API has none. */
    private final Optional<CorsModel> gatewayCors;
    /** The API's binary media types ({@link BinaryTypes}). */
    private final List<String> binaryTypes;
    /** The functions with SnapStart in this stage, by logical id: the API calls their alias, not {@code $LATEST}. */
    private final Set<String> snapStarted = new HashSet<>();

    ApiResources(List<ApiHandlerModel> functions, JsonNode definition, StageConfig stage,
            TemplateParameters parameters, Optional<CorsModel> gatewayCors, List<String> binaryTypes) {
        this.binaryTypes = List.copyOf(binaryTypes);
        this.gatewayCors = gatewayCors;
        this.function = functions.get(0);
        this.functions = List.copyOf(functions);
        for (ApiHandlerModel served : functions) {
            served.routes().forEach(route -> route.methods().forEach(method -> owners.put(
                    method.name().toLowerCase(Locale.ROOT) + " " + route.path().text(), served.logicalId())));
            if (stage.function(served.name()).snapStart()) {
                snapStarted.add(served.logicalId());
            }
        }
        this.definition = definition;
        this.config = stage.api();
        this.xray = stage.function(function.name()).xray();
        this.parameters = parameters;
    }

    /** Chalice's logical id of the API's domain name; its base path mapping adds {@code Mapping}. */
    static final String CUSTOM_DOMAIN = "ApiGatewayCustomDomain";

    /**
     * The API's own domain name and its base path mapping, as Chalice's package writes them, when the stage sets
     * {@code api_gateway_custom_domain}: an EDGE API's certificate is {@code CertificateArn} (in us-east-1), a
     * REGIONAL one's {@code RegionalCertificateArn}. The mapping names the API's stage through SAM's
     * {@code RestAPI.Stage}, so that it waits for the stage.
     */
    void addCustomDomain(ObjectNode resources) {
        config.customDomain().ifPresent(domain -> {
            ObjectNode properties = resources.putObject(CUSTOM_DOMAIN).put("Type", "AWS::ApiGateway::DomainName")
                    .putObject("Properties");
            properties.set("DomainName", value(parameters.use(domain.domainName(),
                    "api_gateway_custom_domain.domain_name")));
            properties.putObject("EndpointConfiguration").putArray("Types").add(config.endpointType());
            properties.set(edge() ? "CertificateArn" : "RegionalCertificateArn", value(parameters.use(
                    domain.certificateArn(), "api_gateway_custom_domain.certificate_arn")));
            domain.tlsVersion().ifPresent(version -> properties.put("SecurityPolicy", version));
            if (!domain.tags().isEmpty()) {
                ArrayNode tags = properties.putArray("Tags");
                new java.util.TreeMap<>(domain.tags()).forEach((key, text) ->
                        tags.addObject().put("Key", key).put("Value", text));
            }
            ObjectNode mapping = resources.putObject(CUSTOM_DOMAIN + "Mapping")
                    .put("Type", "AWS::ApiGateway::BasePathMapping").putObject("Properties");
            mapping.set("DomainName", ref(CUSTOM_DOMAIN));
            mapping.set("RestApiId", ref(API));
            domain.urlPrefix().ifPresent(prefix -> mapping.put("BasePath", prefix));
            mapping.set("Stage", sub("${" + API + ".Stage}"));
        });
    }

    private boolean edge() {
        return config.endpointType().equals("EDGE");
    }

    /** A permission for the API to call each of its functions: Chalice's {@code APIHandlerInvokePermission}. */
    void addPermissions(ObjectNode resources) {
        functions.forEach(served -> resources.set(served.logicalId() + "InvokePermission",
                permission(served, snapStarted.contains(served.logicalId()))));
    }

    ObjectNode api() {
        ObjectNode properties = object();
        properties.put("StageName", config.stageName());
        ObjectNode endpoint = properties.putObject("EndpointConfiguration").put("Type", config.endpointType());
        if (!config.endpointVpces().isEmpty()) {
            endpoint.set("VPCEndpointIds", values(parameters.use(config.endpointVpces(), "api_gateway_endpoint_vpce")));
        }
        config.minimumCompressionSize().ifPresent(size -> properties.put("MinimumCompressionSize", size));
        if (xray) {
            properties.put("TracingEnabled", true);
        }
        // SAM's property, '/' written '~1' as it asks; the definition then gets x-amazon-apigateway-binary-media-types.
        ArrayNode binary = properties.putArray("BinaryMediaTypes");
        binaryTypes.forEach(type -> binary.add(type.replace("/", "~1")));
        properties.put("OpenApiVersion", definition.path("openapi").asText("3.0.1"));
        properties.set("DefinitionBody", definitionBody());
        return resource("AWS::Serverless::Api", properties);
    }

    private static ObjectNode permission(ApiHandlerModel function, boolean alias) {
        ObjectNode properties = object()
                .put("Action", "lambda:InvokeFunction")
                .put("Principal", "apigateway.amazonaws.com");
        // SAM resolves <Id>.Alias to the alias's ARN; as a substitution, so that CDK's CfnInclude takes it too.
        properties.set("FunctionName", alias ? sub("${" + function.logicalId() + ".Alias}") : ref(function.logicalId()));
        properties.set("SourceArn", sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                + API + "}/*"));
        return resource("AWS::Lambda::Permission", properties);
    }

    void addOutputs(ObjectNode outputs) {
        outputs.putObject("RestAPIId").set("Value", ref(API));
        outputs.putObject("EndpointURL").set("Value", sub("https://${" + API
                + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + config.stageName() + "/"));
        if (config.customDomain().isPresent()) {
            // What a DNS alias (a Route 53 A record) for the domain points at.
            outputs.putObject("AliasDomainName").set("Value", getAtt(CUSTOM_DOMAIN,
                    edge() ? "DistributionDomainName" : "RegionalDomainName"));
            outputs.putObject("HostedZoneId").set("Value", getAtt(CUSTOM_DOMAIN,
                    edge() ? "DistributionHostedZoneId" : "RegionalHostedZoneId"));
        }
    }

    /** The OpenAPI document with the Lambda proxy integration on every operation. */
    private ObjectNode definitionBody() {
        ObjectNode body = definition.deepCopy();
        if (body.path("paths").isObject()) {
            body.set("paths", gatewayPaths((ObjectNode) body.path("paths")));
        }
        Map<String, CorsPath> preflights = new HashMap<>();
        CorsPath.of(functions.stream().flatMap(served -> served.routes().stream()).toList())
                .forEach(cors -> preflights.put(cors.path(), cors));
        for (Iterator<Map.Entry<String, JsonNode>> paths = body.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> item = paths.next();
            CorsPath preflight = preflights.get(item.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> it = item.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = it.next();
                if (OPERATIONS.contains(operation.getKey()) && operation.getValue().isObject()) {
                    ((ObjectNode) operation.getValue()).set("x-amazon-apigateway-integration",
                            preflight != null && operation.getKey().equals("options")
                                    ? preflightIntegration(preflight)
                                    : integration(owners.getOrDefault(operation.getKey() + " " + item.getKey(),
                                            function.logicalId())));
                }
            }
        }
        body.set("x-amazon-apigateway-gateway-responses", gatewayResponses());
        // The stage's own policy file, as Chalice's api_gateway_policy_file, else a PRIVATE API's endpoint rule.
        if (config.resourcePolicy().isPresent()) {
            body.set("x-amazon-apigateway-policy", config.resourcePolicy().get());
        } else if (config.endpointType().equals("PRIVATE")) {
            body.set("x-amazon-apigateway-policy", privateApiPolicy());
        }
        return body;
    }

    /**
     * The document's paths, in their order, with API Gateway's names for greedy variables: the document writes
     * {@code /files/{path+}} as {@code /files/{path}} (see {@code PathTemplate.documentText}), API Gateway needs the
     * plus to match the rest of the path.
     */
    private ObjectNode gatewayPaths(ObjectNode documentPaths) {
        Map<String, String> gatewayNames = new HashMap<>();
        functions.forEach(served -> served.routes().forEach(route ->
                gatewayNames.put(route.path().documentText(), route.path().text())));
        ObjectNode paths = documentPaths.objectNode();
        documentPaths.fields().forEachRemaining(item ->
                paths.set(gatewayNames.getOrDefault(item.getKey(), item.getKey()), item.getValue()));
        return paths;
    }

    /**
     * The proxy integration calling function {@code logicalId}: its SnapStart alias when it has one (SAM's
     * {@code <Id>.Alias}), since only published versions are restored from a snapshot.
     */
    private ObjectNode integration(String logicalId) {
        String target = logicalId + (snapStarted.contains(logicalId) ? ".Alias" : ".Arn");
        return object()
                .put("type", "aws_proxy")
                .put("httpMethod", "POST")
                .put("passthroughBehavior", "when_no_match")
                .put("contentHandling", "CONVERT_TO_TEXT")
                .set("uri", sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                        + target + "}/invocations"));
    }

    /**
     * API Gateway answers a CORS path's preflight itself, as Chalice's template does: a mock integration whose
     * answer carries the headers, so the function never runs for it.
     */
    private static ObjectNode preflightIntegration(CorsPath cors) {
        ObjectNode integration = object().put("type", "mock").put("passthroughBehavior", "when_no_match")
                .put("contentHandling", "CONVERT_TO_TEXT");
        integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
        ObjectNode parameters = integration.putObject("responses").putObject("default").put("statusCode", "200")
                .putObject("responseParameters");
        cors.preflightHeaders().forEach((name, value) ->
                parameters.put("method.response.header." + name, quoted(value)));
        return integration;
    }

    /**
     * API Gateway's own errors in Chalice's {@code {"Code", "Message"}} body, with the API's CORS headers so that a
     * browser can read them: the message is API Gateway's, the code Goblet's for the error.
     */
    private ObjectNode gatewayResponses() {
        ObjectNode responses = object();
        for (GatewayError error : GatewayError.values()) {
            ObjectNode response = responses.putObject(error.name());
            gatewayCors.ifPresent(cors -> {
                ObjectNode headers = response.putObject("responseParameters");
                cors.headers().forEach((name, value) -> headers.put("gatewayresponse.header." + name, quoted(value)));
            });
            response.putObject("responseTemplates").put("application/json",
                    "{\"Code\":\"" + error.code() + "\",\"Message\":$context.error.messageString}");
        }
        return responses;
    }

    /** A constant in an API Gateway mapping is a single-quoted string. */
    static String quoted(String value) {
        return "'" + value.replace("'", "") + "'";
    }

    /** A PRIVATE API answers only calls through its VPC endpoints. */
    private ObjectNode privateApiPolicy() {
        ObjectNode statement = object().put("Effect", "Allow").put("Principal", "*")
                .put("Action", "execute-api:Invoke").put("Resource", "execute-api:/*");
        statement.putObject("Condition").putObject("StringEquals")
                .set("aws:SourceVpce", values(config.endpointVpces()));
        ObjectNode policy = object().put("Version", "2012-10-17");
        policy.putArray("Statement").add(statement);
        return policy;
    }
}
