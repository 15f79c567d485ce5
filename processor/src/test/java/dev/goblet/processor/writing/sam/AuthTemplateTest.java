package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.TemplateChecks;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template and document of an app with every kind of authorizer and API keys: security schemes as Chalice
 * writes them, each operation's requirement and the gateway's 401 and 403, the built-in authorizer as a function
 * with its invoke permission, the API key with its usage plan from the stage config, and a template CloudFormation
 * and SAM take.
 */
class AuthTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String CONFIG = """
            {"stages": {"prod": {"usage_plan": {"key_name": "partners-key", "rate_limit": 10, "burst_limit": 20,
                                                "quota_limit": 10000, "quota_period": "MONTH"},
                                 "lambda_functions": {"check_token": {"lambda_memory_size": 256}}}}}
            """;

    @TempDir
    Path dir;

    private Compilation compilation;
    private JsonNode template;
    private JsonNode prod;
    private JsonNode body;

    @BeforeEach
    void compile() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), CONFIG);
        compilation = javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.codeUri=../lambda.zip",
                        "-Agoblet.config=" + config))
                .compile(SamTemplateWriterTest.source("good/AuthApp.java"));
        assertThat(compilation).succeededWithoutWarnings();
        template = YAML.readTree(dir.resolve("out/sam.yaml").toFile());
        prod = YAML.readTree(dir.resolve("out/sam-prod.yaml").toFile());
        body = template.path("Resources").path("RestAPI").path("Properties").path("DefinitionBody");
    }

    @Test
    void theSchemesAreChalicesWithTheirAuthorizers() {
        JsonNode schemes = body.path("components").path("securitySchemes");
        assertThat(fieldNames(schemes)).containsExactly("sigv4", "users", "partners", "check_token", "api_key");
        assertThat(schemes.path("sigv4").path("x-amazon-apigateway-authtype").asText()).isEqualTo("awsSigv4");
        assertThat(schemes.path("sigv4").has("x-amazon-apigateway-authorizer")).isFalse();

        JsonNode users = schemes.path("users");
        assertThat(users.path("type").asText()).isEqualTo("apiKey");
        assertThat(users.path("in").asText()).isEqualTo("header");
        assertThat(users.path("name").asText()).isEqualTo("Authorization");
        assertThat(users.path("x-amazon-apigateway-authtype").asText()).isEqualTo("cognito_user_pools");
        JsonNode cognito = users.path("x-amazon-apigateway-authorizer");
        assertThat(cognito.path("type").asText()).isEqualTo("cognito_user_pools");
        assertThat(cognito.path("providerARNs").get(0).path("Fn::Sub").asText())
                .isEqualTo("arn:aws:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/eu-west-1_abc");

        JsonNode partners = schemes.path("partners");
        assertThat(partners.path("name").asText()).isEqualTo("X-Partner-Token");
        assertThat(partners.path("x-amazon-apigateway-authtype").asText()).isEqualTo("custom");
        JsonNode custom = partners.path("x-amazon-apigateway-authorizer");
        assertThat(custom.path("type").asText()).isEqualTo("token");
        assertThat(custom.path("authorizerResultTtlInSeconds").asInt()).isEqualTo(60);
        assertThat(custom.path("identitySource").asText()).isEqualTo("method.request.header.X-Partner-Token");
        assertThat(custom.path("authorizerUri").path("Fn::Sub").asText()).isEqualTo(
                "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                        + "arn:aws:lambda:eu-west-1:123456789012:function:partner-auth/invocations");

        JsonNode builtIn = schemes.path("check_token").path("x-amazon-apigateway-authorizer");
        assertThat(builtIn.path("authorizerUri").path("Fn::Sub").asText()).contains("${CheckToken.Arn}");
        assertThat(builtIn.path("authorizerResultTtlInSeconds").asInt()).isEqualTo(30);
        assertThat(schemes.path("api_key").path("name").asText()).isEqualTo("x-api-key");
    }

    @Test
    void eachOperationNamesItsRequirementAndTheDefaultAppliesToTheRest() {
        JsonNode paths = body.path("paths");
        assertThat(paths.path("/notes").path("get").path("security").toString()).isEqualTo("[{\"users\":[]}]");
        assertThat(paths.path("/notes").path("post").path("security").toString())
                .isEqualTo("[{\"users\":[\"notes/write\"]}]");
        assertThat(paths.path("/admin").path("get").path("security").toString()).isEqualTo("[{\"sigv4\":[]}]");
        assertThat(paths.path("/partners").path("get").path("security").toString())
                .isEqualTo("[{\"partners\":[],\"api_key\":[]}]");
        assertThat(paths.path("/metered").path("get").path("security").toString()).isEqualTo("[{\"api_key\":[]}]");
        assertThat(paths.path("/health").path("get").has("security")).isFalse();
        assertThat(paths.path("/reports/daily").path("get").path("security").toString()).as("the app's default")
                .isEqualTo("[{\"users\":[]}]");
        assertThat(paths.path("/reports/audit").path("get").path("security").toString()).as("its own")
                .isEqualTo("[{\"sigv4\":[]}]");
    }

    @Test
    void theBuiltInAuthorizerIsAFunctionWithItsPermission() {
        assertThat(compilation).generatedSourceFile("test.auth.AuthAppCheckTokenHandler");
        JsonNode resources = prod.path("Resources");
        JsonNode function = resources.path("CheckToken");
        assertThat(function.path("Type").asText()).isEqualTo("AWS::Serverless::Function");
        assertThat(function.path("Properties").path("Handler").asText())
                .isEqualTo("test.auth.AuthAppCheckTokenHandler");
        assertThat(function.path("Properties").path("MemorySize").asInt()).as("lambda_functions.check_token")
                .isEqualTo(256);
        assertThat(function.path("Properties").has("Events")).isFalse();
        JsonNode permission = resources.path("CheckTokenInvokePermission");
        assertThat(permission.path("Type").asText()).isEqualTo("AWS::Lambda::Permission");
        assertThat(permission.path("Properties").path("Principal").asText()).isEqualTo("apigateway.amazonaws.com");
        assertThat(permission.path("Properties").path("FunctionName").path("Fn::GetAtt").toString())
                .isEqualTo("[\"CheckToken\",\"Arn\"]");
        assertThat(prod.path("Outputs").has("CheckTokenArn")).isTrue();
    }

    @Test
    void theApiKeyHasItsUsagePlanFromTheStageConfig() {
        JsonNode resources = prod.path("Resources");
        assertThat(resources.path("APIKey").path("Type").asText()).isEqualTo("AWS::ApiGateway::ApiKey");
        assertThat(resources.path("APIKey").path("Properties").path("Name").asText()).isEqualTo("partners-key");
        JsonNode plan = resources.path("UsagePlan").path("Properties");
        assertThat(plan.path("Throttle").path("RateLimit").asDouble()).isEqualTo(10.0);
        assertThat(plan.path("Throttle").path("BurstLimit").asInt()).isEqualTo(20);
        assertThat(plan.path("Quota").path("Limit").asInt()).isEqualTo(10000);
        assertThat(plan.path("Quota").path("Period").asText()).isEqualTo("MONTH");
        assertThat(plan.path("ApiStages").get(0).path("Stage").path("Fn::Sub").asText()).isEqualTo("${RestAPI.Stage}");
        JsonNode key = resources.path("UsagePlanKey").path("Properties");
        assertThat(key.path("KeyId").path("Ref").asText()).isEqualTo("APIKey");
        assertThat(key.path("UsagePlanId").path("Ref").asText()).isEqualTo("UsagePlan");
        assertThat(prod.path("Outputs").path("APIKeyId").path("Value").path("Ref").asText()).isEqualTo("APIKey");
        assertThat(prod.path("Outputs").path("UsagePlanId").path("Value").path("Ref").asText()).isEqualTo("UsagePlan");
        assertThat(template.path("Resources").path("UsagePlan").path("Properties").has("Throttle"))
                .as("the top level has no usage_plan").isFalse();
    }

    @Test
    void theDocumentDeclaresTheSchemesAndTheGatewaysAnswersAndParsesCleanly() throws IOException {
        OpenAPI document = OpenApiDocuments.parseCleanly(Files.readString(dir.resolve("out/openapi.json")));
        Map<String, SecurityScheme> schemes = document.getComponents().getSecuritySchemes();
        assertThat(schemes).containsOnlyKeys("sigv4", "users", "partners", "check_token", "api_key");
        assertThat(schemes.get("users").getExtensions()).containsEntry("x-amazon-apigateway-authtype",
                "cognito_user_pools");
        assertThat(schemes.get("users").getExtensions()).as("the public document names no ARN")
                .doesNotContainKey("x-amazon-apigateway-authorizer");
        Operation create = document.getPaths().get("/notes").getPost();
        assertThat(create.getResponses()).containsKeys("201", "401", "403");
        assertThat(create.getResponses().get("401").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Error");
        assertThat(List.copyOf(create.getResponses().keySet())).isSorted();
        Operation admin = document.getPaths().get("/admin").getGet();
        assertThat(admin.getResponses()).containsKey("403").doesNotContainKey("401");
        assertThat(document.getPaths().get("/health").getGet().getResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void theLocalServerLearnsEachRoutesSecurity() throws IOException {
        JsonNode index = new ObjectMapper().readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/goblet/auth-app/security.json").orElseThrow().getCharContent(true).toString());
        assertThat(index.path("authorizers").findValuesAsText("kind"))
                .containsExactly("iam", "cognito", "custom", "builtin");
        assertThat(index.path("authorizers").get(3).path("handler").asText())
                .isEqualTo("test.auth.AuthAppCheckTokenHandler");
        assertThat(index.path("routes").findValuesAsText("path")).doesNotContain("/health")
                .contains("/notes", "/admin", "/metered");
    }

    @Test
    void theTemplatesPassCfnLintAndTheSamTranslator() throws IOException {
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
