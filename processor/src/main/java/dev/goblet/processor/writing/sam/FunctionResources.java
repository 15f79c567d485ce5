package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;
import static dev.goblet.processor.writing.sam.TemplateValues.value;
import static dev.goblet.processor.writing.sam.TemplateValues.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.FunctionConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Lambda function of the app in one stage's template: an {@code AWS::Serverless::Function} named by its logical
 * id, with its config (memory, timeout, environment, tracing, layers, VPC), its role ({@code <Id>Role}, with its
 * least-privilege policy, or the stage config's {@code iam_role_arn}), and Chalice's outputs {@code <Id>Arn} and
 * {@code <Id>Name}.
 */
final class FunctionResources {
    /** The Lambda runtime: the newest Java LTS Lambda offers; it runs the Java 17 classes Goblet compiles. */
    static final String RUNTIME = "java21";
    static final String VPC_ACCESS_POLICY = "AWSLambdaVPCAccessExecutionRole";

    private final AppModel app;
    private final FunctionModel function;
    private final FunctionConfig config;
    private final StageConfig stage;
    private final TableResources tables;
    private final TemplateParameters parameters;
    private final MessagingElsewhere messaging;

    FunctionResources(AppModel app, FunctionModel function, StageConfig stage, TableResources tables,
            TemplateParameters parameters) {
        this.app = app;
        this.function = function;
        this.config = stage.function(function.name());
        this.stage = stage;
        this.tables = tables;
        this.parameters = parameters;
        this.messaging = new MessagingElsewhere(app, stage, parameters);
    }

    ObjectNode resource(String codeUri) {
        ObjectNode properties = object();
        properties.put("Runtime", RUNTIME);
        // The class alone: Lambda's runtime then calls it as the RequestStreamHandler it is. Named with a method, it
        // would look the method up with Class.getMethods(), resolving the types of every public method.
        properties.put("Handler", function.entryPoint().binaryName());
        properties.put("CodeUri", codeUri);
        properties.put("MemorySize", config.memorySize());
        properties.put("Timeout", config.timeout());
        config.ephemeralStorage().ifPresent(size -> properties.putObject("EphemeralStorage").put("Size", size));
        if (config.xray()) {
            properties.put("Tracing", "Active");
        }
        ObjectNode variables = environment();
        if (!variables.isEmpty()) {
            properties.putObject("Environment").set("Variables", variables);
        }
        role(properties);
        properties.set("Tags", tags());
        config.reservedConcurrency().ifPresent(n -> properties.put("ReservedConcurrentExecutions", n));
        if (!config.layers().isEmpty()) {
            properties.set("Layers", values(parameters.use(config.layers(), "layers")));
        }
        vpc(properties);
        if (config.snapStart()) {
            // SnapStart snapshots published versions only: SAM publishes one on each change and points the alias at
            // it, and every caller the template wires (the API, event sources) calls the alias.
            properties.put("AutoPublishAlias", FunctionConfig.SNAP_START_ALIAS);
            properties.putObject("SnapStart").put("ApplyOn", "PublishedVersions");
        }
        if (function instanceof EventFunctionModel event) {
            EventSources.events(event, app, messaging, table -> tables.streamArn(table, parameters))
                    .ifPresent(events -> properties.set("Events", events));
        }
        return TemplateValues.resource("AWS::Serverless::Function", properties);
    }

    /** Chalice's {@code <Id>Arn} and {@code <Id>Name}. */
    void addOutputs(ObjectNode outputs) {
        if (WebSocketResources.isHandler(function)) {
            WebSocketResources.addHandlerOutputs(function.logicalId(), outputs);
            return;
        }
        outputs.putObject(function.logicalId() + "Arn").set("Value", getAtt(function.logicalId(), "Arn"));
        outputs.putObject(function.logicalId() + "Name").set("Value", ref(function.logicalId()));
    }

    /**
     * The names of the app's tables first, the URLs of its queues and ARNs of its topics, then the config's
     * variables, which may name a table made elsewhere. Every function gets every address, whether its policy lets
     * it use the resource or not: the app's constructor, which every function runs, may read them.
     */
    private ObjectNode environment() {
        ObjectNode variables = object();
        tables.created().forEach(table -> variables.set(table.environmentVariable(), ref(table.resource())));
        app.queues().forEach(queue -> variables.set(queue.environmentVariable(), messaging.urlValue(queue)));
        app.topics().forEach(topic -> variables.set(topic.environmentVariable(), messaging.arnValue(topic)));
        WebSocketResources webSocket = new WebSocketResources(app, stage);
        if (webSocket.present()) {
            variables.set(WebSocketResources.ENDPOINT_VARIABLE, webSocket.endpoint());
        }
        config.environment().forEach((name, text) ->
                variables.set(name, value(parameters.use(text, "the environment variable " + name))));
        return variables;
    }

    private void role(ObjectNode properties) {
        if (!config.manageIamRole()) {
            ConfigValue arn = config.iamRoleArn().orElseThrow();
            properties.set("Role", value(parameters.use(arn, "iam_role_arn: the ARN of the function's role")));
            return;
        }
        properties.set("Role", getAtt(roleId(), "Arn"));
    }

    /**
     * Whether the template holds a role of the function's own, {@code <Id>Role}: always, unless the stage config
     * gives the role ({@code manage_iam_role: false} with {@code iam_role_arn}). Each function's role holds only what
     * that function needs; SAM's generated role would also carry, for a queue's or a stream's function, AWS's managed
     * {@code AWSLambdaSQSQueueExecutionRole} (or its DynamoDB or Kinesis counterpart: those actions on every queue or
     * stream).
     */
    private boolean writesOwnRole() {
        return config.manageIamRole();
    }

    private String roleId() {
        return function.logicalId() + "Role";
    }

    /** The function's own role, when it has one: Lambda's basic logging, and its policy, on its resources only. */
    /**
     * The function's log group, {@code /aws/lambda/<function>}, when the stage sets {@code log_retention_in_days}:
     * made by the stack (as Chalice's package does), so that it keeps its events that long and goes with the stack.
     */
    void addLogGroup(ObjectNode resources) {
        config.logRetentionInDays().ifPresent(days -> {
            ObjectNode properties = resources.putObject(function.logicalId() + "LogGroup")
                    .put("Type", "AWS::Logs::LogGroup")
                    .putObject("Properties");
            properties.set("LogGroupName", sub("/aws/lambda/${" + function.logicalId() + "}"));
            properties.put("RetentionInDays", days);
        });
    }

    void addRole(ObjectNode resources) {
        if (!writesOwnRole()) {
            return;
        }
        ObjectNode properties = object();
        ObjectNode trust = properties.putObject("AssumeRolePolicyDocument").put("Version", "2012-10-17");
        ObjectNode assume = trust.putArray("Statement").addObject().put("Effect", "Allow");
        assume.putObject("Principal").putArray("Service").add("lambda.amazonaws.com");
        assume.putArray("Action").add("sts:AssumeRole");
        ArrayNode managed = properties.putArray("ManagedPolicyArns");
        managed.add(managedPolicy("AWSLambdaBasicExecutionRole"));
        ArrayNode inline = object().arrayNode();
        for (JsonNode policy : policies()) {
            if (policy.isTextual()) {
                managed.add(managedPolicy(policy.asText()));
            } else {
                inline.addObject().put("PolicyName", function.logicalId() + "Policy" + inline.size())
                        .set("PolicyDocument", policy);
            }
        }
        if (config.xray()) {
            managed.add(managedPolicy("AWSXRayDaemonWriteAccess"));
        }
        if (!inline.isEmpty()) {
            properties.set("Policies", inline);
        }
        resources.set(roleId(), TemplateValues.resource("AWS::IAM::Role", properties));
    }

    private static ObjectNode managedPolicy(String name) {
        String path = name.equals("AWSXRayDaemonWriteAccess") ? "" : "service-role/";
        return sub("arn:${AWS::Partition}:iam::aws:policy/" + path + name);
    }

    /** The policy documents the function needs (its statements, or the config's own), and managed ones by name. */
    private ArrayNode policies() {
        ArrayNode policies = object().arrayNode();
        if (config.iamPolicy().isPresent()) {
            policies.add(config.iamPolicy().get().deepCopy());
        } else {
            List<JsonNode> statements = statements();
            if (!statements.isEmpty()) {
                ObjectNode policy = policies.addObject().put("Version", "2012-10-17");
                policy.putArray("Statement").addAll(statements);
            }
            if (!config.subnetIds().isEmpty()) {
                policies.add(VPC_ACCESS_POLICY);
            }
        }
        return policies;
    }

    /** The model's statements, each on its table and the table's indexes, wherever this stage's table lives. */
    private List<JsonNode> statements() {
        List<JsonNode> statements = new ArrayList<>();
        for (PolicyStatement model : function.policy()) {
            ObjectNode statement = object().put("Sid", model.sid()).put("Effect", "Allow");
            ArrayNode actions = statement.putArray("Action");
            model.actions().forEach(actions::add);
            statement.set("Resource", resource(model.resource()));
            statements.add(statement);
        }
        return statements;
    }

    private JsonNode resource(PolicyStatement.Resource resource) {
        if (resource instanceof PolicyStatement.Table on) {
            return tableArns(on.table());
        }
        if (resource instanceof PolicyStatement.Declared declared) {
            Optional<JsonNode> elsewhere = messaging.declared(declared.logicalId());
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
            if (declared.attribute().filter("StreamArn"::equals).isPresent()) {
                // A table's stream, which a stage that takes the table from elsewhere takes as a parameter too.
                return tables.streamArn(declared.logicalId(), parameters);
            }
            return declared.attribute().map(attribute -> (JsonNode) getAtt(declared.logicalId(), attribute))
                    .orElseGet(() -> ref(declared.logicalId()));
        }
        return sub(((PolicyStatement.Arn) resource).arn());
    }

    private ArrayNode tableArns(TableModel table) {
        ArrayNode resources = object().arrayNode();
        ConfigValue external = config.environment().get(table.environmentVariable());
        if (external == null) {
            resources.add(getAtt(table.resource(), "Arn"));
            resources.add(sub("${" + table.resource() + ".Arn}/index/*"));
        } else {
            String arn = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/"
                    + external.substitution();
            resources.add(sub(arn));
            resources.add(sub(arn + "/index/*"));
        }
        return resources;
    }

    private ObjectNode tags() {
        ObjectNode tags = object();
        tags.put("goblet", "app=" + app.name() + stage.name().map(name -> ":stage=" + name).orElse(""));
        config.tags().forEach(tags::put);
        return tags;
    }

    private void vpc(ObjectNode properties) {
        if (!config.subnetIds().isEmpty()) {
            ObjectNode vpc = properties.putObject("VpcConfig");
            vpc.set("SecurityGroupIds", values(parameters.use(config.securityGroupIds(), "security_group_ids")));
            vpc.set("SubnetIds", values(parameters.use(config.subnetIds(), "subnet_ids")));
        }
    }
}
