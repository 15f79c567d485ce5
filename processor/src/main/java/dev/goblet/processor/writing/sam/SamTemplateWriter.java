package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;
import static dev.goblet.processor.writing.sam.TemplateValues.value;
import static dev.goblet.processor.writing.sam.TemplateValues.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.writing.OutputDirectory;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an app's SAM templates: {@code sam.yaml} from the config's top level and {@code sam-<stage>.yaml} for each
 * stage. A template holds the API ({@code RestAPI}, whose definition is the app's OpenAPI document with the Lambda
 * integration on every operation), the function ({@code APIHandler}), the permission for the API to call it, the
 * tables the app declares, and Chalice's outputs. Every value a stage leaves open ({@code ${param:Name}}) becomes a
 * template parameter, so one file serves many accounts and regions.
 */
public final class SamTemplateWriter {
    /** The Lambda runtime: the newest Java LTS Lambda offers; it runs the Java 17 classes Goblet compiles. */
    public static final String RUNTIME = "java21";
    static final String API = "RestAPI";
    static final String FUNCTION = "APIHandler";
    static final String PERMISSION = "APIHandlerInvokePermission";
    static final String VPC_ACCESS_POLICY = "AWSLambdaVPCAccessExecutionRole";

    /** The DynamoDB actions a function needs to read and write items of its own table, and nothing more. */
    static final List<String> TABLE_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable");

    /** Chalice's binary media types: answers of these types reach the client as bytes, not base64 text. */
    static final List<String> BINARY_MEDIA_TYPES = List.of("application/octet-stream", "application/x-tar",
            "application/zip", "audio/basic", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav", "audio/webm",
            "image/png", "image/jpg", "image/jpeg", "image/gif", "video/ogg", "video/mpeg", "video/webm");

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final AppModel app;
    private final JsonNode definition;
    private final StageConfig stage;
    private final String codeUri;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private SamTemplateWriter(AppModel app, JsonNode definition, StageConfig stage, String codeUri) {
        this.app = app;
        this.definition = definition;
        this.stage = stage;
        this.codeUri = codeUri;
    }

    /**
     * Writes {@code sam.yaml} and one {@code sam-<stage>.yaml} per stage into {@code output}.
     *
     * @param codeUri the Lambda artifact, relative to the output folder
     */
    public static void writeAll(AppModel app, OpenAPI openApi, ProjectConfig config, String codeUri,
            OutputDirectory output) throws IOException {
        output.write(fileName(config.base()), yaml(app, openApi, config.base(), codeUri));
        for (StageConfig stage : config.stages().values()) {
            output.write(fileName(stage), yaml(app, openApi, stage, codeUri));
        }
    }

    /** {@code sam.yaml} for the top-level settings, {@code sam-<stage>.yaml} for a stage. */
    public static String fileName(StageConfig stage) {
        return stage.name().map(name -> "sam-" + name + ".yaml").orElse("sam.yaml");
    }

    /** The template as YAML text, headed by a comment that says where it came from. */
    public static String yaml(AppModel app, OpenAPI openApi, StageConfig stage, String codeUri) {
        try {
            return "# Generated by dev.goblet.processor.GobletProcessor from " + app.appClass().canonicalName()
                    + stage.name().map(name -> ", stage " + name).orElse("") + ". Do not edit: change the app or"
                    + " .chalice/config.json and build again.\n" + YAML.writeValueAsString(template(app, openApi,
                    stage, codeUri));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as a tree. */
    public static ObjectNode template(AppModel app, OpenAPI openApi, StageConfig stage, String codeUri) {
        JsonNode definition = Json.mapper().valueToTree(openApi);
        return new SamTemplateWriter(app, definition, stage, codeUri).template();
    }

    private ObjectNode template() {
        ObjectNode resources = object();
        resources.set(API, api());
        resources.set(FUNCTION, function());
        resources.set(PERMISSION, permission());
        for (TableModel table : createdTables()) {
            resources.set(table.resource(), table(table));
        }
        ObjectNode template = object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Transform", "AWS::Serverless-2016-10-31");
        template.put("Description", "The " + app.name() + " API, built with Goblet"
                + stage.name().map(name -> " (stage " + name + ")").orElse("") + ".");
        if (!parameters.isEmpty()) {
            ObjectNode declared = template.putObject("Parameters");
            parameters.forEach((name, description) ->
                    declared.putObject(name).put("Type", "String").put("Description", description));
        }
        template.set("Resources", resources);
        template.set("Outputs", outputs());
        return template;
    }

    // ---- the API ----

    private ObjectNode api() {
        ObjectNode properties = object();
        properties.put("StageName", stage.apiGatewayStage());
        ObjectNode endpoint = properties.putObject("EndpointConfiguration").put("Type", stage.endpointType());
        if (!stage.endpointVpces().isEmpty()) {
            endpoint.set("VPCEndpointIds", values(use(stage.endpointVpces(), "api_gateway_endpoint_vpce")));
        }
        stage.minimumCompressionSize().ifPresent(size -> properties.put("MinimumCompressionSize", size));
        if (stage.xray()) {
            properties.put("TracingEnabled", true);
        }
        properties.put("OpenApiVersion", definition.path("openapi").asText("3.0.1"));
        properties.set("DefinitionBody", definitionBody());
        return resource("AWS::Serverless::Api", properties);
    }

    /** The OpenAPI document with the Lambda proxy integration on every operation. */
    private ObjectNode definitionBody() {
        ObjectNode body = definition.deepCopy();
        for (Iterator<JsonNode> paths = body.path("paths").elements(); paths.hasNext(); ) {
            JsonNode item = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = it.next();
                if (OPERATIONS.contains(operation.getKey()) && operation.getValue().isObject()) {
                    ((ObjectNode) operation.getValue()).set("x-amazon-apigateway-integration", integration());
                }
            }
        }
        ArrayNode binary = body.putArray("x-amazon-apigateway-binary-media-types");
        BINARY_MEDIA_TYPES.forEach(binary::add);
        if (stage.endpointType().equals("PRIVATE")) {
            body.set("x-amazon-apigateway-policy", privateApiPolicy());
        }
        return body;
    }

    private ObjectNode integration() {
        return object()
                .put("type", "aws_proxy")
                .put("httpMethod", "POST")
                .put("passthroughBehavior", "when_no_match")
                .put("contentHandling", "CONVERT_TO_TEXT")
                .set("uri", sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                        + FUNCTION + ".Arn}/invocations"));
    }

    /** A PRIVATE API answers only calls through its VPC endpoints. */
    private ObjectNode privateApiPolicy() {
        ObjectNode statement = object().put("Effect", "Allow").put("Principal", "*")
                .put("Action", "execute-api:Invoke").put("Resource", "execute-api:/*");
        statement.putObject("Condition").putObject("StringEquals")
                .set("aws:SourceVpce", values(stage.endpointVpces()));
        ObjectNode policy = object().put("Version", "2012-10-17");
        policy.putArray("Statement").add(statement);
        return policy;
    }

    // ---- the function ----

    private ObjectNode function() {
        ObjectNode properties = object();
        properties.put("Runtime", RUNTIME);
        properties.put("Handler", app.handlerClass().canonicalName() + "::handleRequest");
        properties.put("CodeUri", codeUri);
        properties.put("MemorySize", stage.memorySize());
        properties.put("Timeout", stage.timeout());
        stage.ephemeralStorage().ifPresent(size -> properties.putObject("EphemeralStorage").put("Size", size));
        if (stage.xray()) {
            properties.put("Tracing", "Active");
        }
        ObjectNode variables = environment();
        if (!variables.isEmpty()) {
            properties.putObject("Environment").set("Variables", variables);
        }
        role(properties);
        properties.set("Tags", tags());
        stage.reservedConcurrency().ifPresent(n -> properties.put("ReservedConcurrentExecutions", n));
        if (!stage.layers().isEmpty()) {
            properties.set("Layers", values(use(stage.layers(), "layers")));
        }
        if (!stage.subnetIds().isEmpty()) {
            ObjectNode vpc = properties.putObject("VpcConfig");
            vpc.set("SecurityGroupIds", values(use(stage.securityGroupIds(), "security_group_ids")));
            vpc.set("SubnetIds", values(use(stage.subnetIds(), "subnet_ids")));
        }
        return resource("AWS::Serverless::Function", properties);
    }

    /** The tables' names first, then the config's variables; a config variable may name a table made elsewhere. */
    private ObjectNode environment() {
        ObjectNode variables = object();
        for (TableModel table : createdTables()) {
            variables.set(table.environmentVariable(), ref(table.resource()));
        }
        stage.environment().forEach((name, text) ->
                variables.set(name, value(use(text, "the environment variable " + name))));
        return variables;
    }

    private void role(ObjectNode properties) {
        if (!stage.manageIamRole()) {
            ConfigValue arn = stage.iamRoleArn().orElseThrow();
            properties.set("Role", value(use(arn, "iam_role_arn: the ARN of the function's role")));
            return;
        }
        ArrayNode policies = object().arrayNode();
        if (stage.iamPolicy().isPresent()) {
            policies.add(stage.iamPolicy().get().deepCopy());
        } else {
            List<JsonNode> statements = tableStatements();
            if (!statements.isEmpty()) {
                ObjectNode policy = policies.addObject().put("Version", "2012-10-17");
                policy.putArray("Statement").addAll(statements);
            }
            if (!stage.subnetIds().isEmpty()) {
                policies.add(VPC_ACCESS_POLICY);
            }
        }
        if (!policies.isEmpty()) {
            properties.set("Policies", policies);
        }
    }

    /** One statement per table: only the item actions, only on that table and its indexes. */
    private List<JsonNode> tableStatements() {
        List<JsonNode> statements = new ArrayList<>();
        for (TableModel table : app.tables()) {
            ArrayNode resources = object().arrayNode();
            ConfigValue external = stage.environment().get(table.environmentVariable());
            if (external == null) {
                resources.add(getAtt(table.resource(), "Arn"));
                resources.add(sub("${" + table.resource() + ".Arn}/index/*"));
            } else {
                String arn = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/"
                        + external.substitution();
                resources.add(sub(arn));
                resources.add(sub(arn + "/index/*"));
            }
            ObjectNode statement = object().put("Sid", table.resource() + "Items").put("Effect", "Allow");
            ArrayNode actions = statement.putArray("Action");
            TABLE_ACTIONS.forEach(actions::add);
            statement.set("Resource", resources);
            statements.add(statement);
        }
        return statements;
    }

    private ObjectNode tags() {
        ObjectNode tags = object();
        tags.put("goblet", "app=" + app.name() + stage.name().map(name -> ":stage=" + name).orElse(""));
        stage.tags().forEach(tags::put);
        return tags;
    }

    private ObjectNode permission() {
        ObjectNode properties = object()
                .put("Action", "lambda:InvokeFunction")
                .put("Principal", "apigateway.amazonaws.com");
        properties.set("FunctionName", ref(FUNCTION));
        properties.set("SourceArn", sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                + API + "}/*"));
        return resource("AWS::Lambda::Permission", properties);
    }

    // ---- the tables ----

    /** The declared tables this stage creates: all but those whose name the stage's config sets. */
    private List<TableModel> createdTables() {
        return app.tables().stream()
                .filter(table -> !stage.environment().containsKey(table.environmentVariable()))
                .toList();
    }

    private static ObjectNode table(TableModel table) {
        ObjectNode properties = object().put("BillingMode", "PAY_PER_REQUEST");
        properties.putArray("AttributeDefinitions").addObject()
                .put("AttributeName", table.partitionKey()).put("AttributeType", table.partitionKeyType());
        properties.putArray("KeySchema").addObject()
                .put("AttributeName", table.partitionKey()).put("KeyType", "HASH");
        return resource("AWS::DynamoDB::Table", properties);
    }

    // ---- outputs and parameters ----

    private ObjectNode outputs() {
        ObjectNode outputs = object();
        output(outputs, "RestAPIId", ref(API));
        output(outputs, "EndpointURL", sub("https://${" + API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"
                + stage.apiGatewayStage() + "/"));
        output(outputs, "APIHandlerArn", getAtt(FUNCTION, "Arn"));
        output(outputs, "APIHandlerName", ref(FUNCTION));
        for (TableModel table : createdTables()) {
            output(outputs, table.resource() + "Name", ref(table.resource()));
        }
        return outputs;
    }

    private static void output(ObjectNode outputs, String name, JsonNode value) {
        outputs.putObject(name).set("Value", value);
    }

    /** Declares the parameters a value uses, described by where they are used first. */
    private ConfigValue use(ConfigValue value, String usage) {
        value.parameters().forEach(name -> parameters.putIfAbsent(name, "Set at deploy time: " + usage + "."));
        return value;
    }

    private List<ConfigValue> use(List<ConfigValue> values, String key) {
        values.forEach(value -> use(value, key));
        return values;
    }

    private static ObjectNode resource(String type, ObjectNode properties) {
        ObjectNode resource = object().put("Type", type);
        resource.set("Properties", properties);
        return resource;
    }
}
