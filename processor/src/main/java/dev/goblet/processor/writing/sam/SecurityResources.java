package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.config.UsagePlanConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.writing.openapi.SecuritySchemes;
import java.util.List;

/**
 * The API's authorizers and API key in one stage's template. In the API's definition, each security scheme gets
 * its {@code x-amazon-apigateway-authorizer} (Cognito's user pools, a custom authorizer's URI, a built-in
 * authorizer's function), as Chalice writes them. Beside it: a built-in authorizer's {@code <Id>InvokePermission}
 * for API Gateway (unless it has an execution role), and, when a route requires an API key, {@code APIKey}, its
 * {@code UsagePlan} on the API's stage (throttle and quota from the stage's {@code usage_plan}) and
 * {@code UsagePlanKey}, with the outputs {@code APIKeyId} and {@code UsagePlanId}.
 */
final class SecurityResources {
    static final String API_KEY = "APIKey";
    static final String USAGE_PLAN = "UsagePlan";
    static final String USAGE_PLAN_KEY = "UsagePlanKey";

    private final AppModel app;
    private final StageConfig stage;
    private final List<AuthorizerModel> used;
    private final boolean apiKeys;

    SecurityResources(AppModel app, StageConfig stage) {
        this.app = app;
        this.stage = stage;
        this.used = SecuritySchemes.used(app);
        this.apiKeys = app.routes().stream().anyMatch(route -> route.security().apiKeyRequired());
    }

    /** Adds each scheme's authorizer to the API's definition. */
    void decorate(ObjectNode api) {
        JsonNode schemes = api.path("Properties").path("DefinitionBody").path("components").path("securitySchemes");
        for (AuthorizerModel authorizer : used) {
            JsonNode scheme = schemes.get(authorizer.schemeName());
            if (scheme instanceof ObjectNode written && !(authorizer instanceof AuthorizerModel.Iam)) {
                written.set("x-amazon-apigateway-authorizer", authorizer(authorizer));
            }
        }
    }

    private ObjectNode authorizer(AuthorizerModel authorizer) {
        ObjectNode written = object();
        if (authorizer instanceof AuthorizerModel.Cognito cognito) {
            written.put("type", "cognito_user_pools");
            ArrayNode arns = written.putArray("providerARNs");
            cognito.providerArns().forEach(arn -> arns.add(text(arn)));
            return written;
        }
        written.put("type", "token");
        written.put("identitySource", "method.request.header." + authorizer.header());
        if (authorizer instanceof AuthorizerModel.Custom custom) {
            written.set("authorizerUri", text(custom.uri()));
            written.put("authorizerResultTtlInSeconds", custom.ttlSeconds());
            custom.invokeRoleArn().ifPresent(role -> written.set("authorizerCredentials", text(role)));
        } else if (authorizer instanceof AuthorizerModel.BuiltIn builtIn) {
            written.set("authorizerUri", sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31"
                    + "/functions/${" + target(builtIn) + "}/invocations"));
            written.put("authorizerResultTtlInSeconds", builtIn.ttlSeconds());
            builtIn.executionRole().ifPresent(role -> written.set("authorizerCredentials", text(role)));
        }
        return written;
    }

    /** Whether a built-in authorizer's function has SnapStart in this stage: then API Gateway calls its alias. */
    private boolean snapStarted(AuthorizerModel.BuiltIn builtIn) {
        return stage.function(builtIn.name()).snapStart();
    }

    /** What API Gateway calls for a built-in authorizer: its function's SnapStart alias, else the function. */
    private String target(AuthorizerModel.BuiltIn builtIn) {
        return builtIn.functionLogicalId() + (snapStarted(builtIn) ? ".Alias" : ".Arn");
    }

    /** Permissions for the built-in authorizers, and the API key with its usage plan. */
    void addResources(ObjectNode resources) {
        for (AuthorizerModel authorizer : used) {
            if (authorizer instanceof AuthorizerModel.BuiltIn builtIn && builtIn.executionRole().isEmpty()) {
                ObjectNode properties = object().put("Action", "lambda:InvokeFunction")
                        .put("Principal", "apigateway.amazonaws.com");
                properties.set("FunctionName", snapStarted(builtIn) ? sub("${" + target(builtIn) + "}")
                        : getAtt(builtIn.functionLogicalId(), "Arn"));
                properties.set("SourceArn", sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                        + ApiResources.API + "}/*"));
                resources.set(builtIn.permissionId(), resource("AWS::Lambda::Permission", properties));
            }
        }
        if (!apiKeys) {
            return;
        }
        UsagePlanConfig plan = stage.api().usagePlan();
        ObjectNode key = object().put("Enabled", true);
        key.set("Name", plan.keyName().map(name -> (JsonNode) TextNode.valueOf(name))
                .orElseGet(() -> sub("${AWS::StackName}-api-key")));
        key.put("Description", "The API key of " + app.name() + ", built with Goblet.");
        resources.set(API_KEY, resource("AWS::ApiGateway::ApiKey", key));

        ObjectNode usage = object();
        ObjectNode apiStage = usage.putArray("ApiStages").addObject();
        apiStage.set("ApiId", ref(ApiResources.API));
        // SAM resolves the stage it makes; as a substitution, so that CDK's CfnInclude takes it as an attribute.
        apiStage.set("Stage", sub("${" + ApiResources.API + ".Stage}"));
        usage.put("Description", "The usage plan of " + app.name() + "'s API key.");
        if (plan.rateLimit().isPresent() || plan.burstLimit().isPresent()) {
            ObjectNode throttle = usage.putObject("Throttle");
            plan.rateLimit().ifPresent(rate -> throttle.put("RateLimit", rate));
            plan.burstLimit().ifPresent(burst -> throttle.put("BurstLimit", burst));
        }
        if (plan.quotaLimit().isPresent()) {
            usage.putObject("Quota").put("Limit", plan.quotaLimit().get()).put("Period", plan.quotaPeriod().get());
        }
        resources.set(USAGE_PLAN, resource("AWS::ApiGateway::UsagePlan", usage));

        ObjectNode planKey = object().put("KeyType", "API_KEY");
        planKey.set("KeyId", ref(API_KEY));
        planKey.set("UsagePlanId", ref(USAGE_PLAN));
        resources.set(USAGE_PLAN_KEY, resource("AWS::ApiGateway::UsagePlanKey", planKey));
    }

    /** {@code APIKeyId} and {@code UsagePlanId}, when the API has a key. */
    void addOutputs(ObjectNode outputs) {
        if (apiKeys) {
            outputs.putObject("APIKeyId").set("Value", ref(API_KEY));
            outputs.putObject("UsagePlanId").set("Value", ref(USAGE_PLAN));
        }
    }

    /** A value with {@code ${...}} substitutions as {@code Fn::Sub}, any other as it is. */
    private static JsonNode text(String value) {
        return value.contains("${") ? sub(value) : TextNode.valueOf(value);
    }
}
