package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.Goldens;
import dev.goblet.processor.testing.TemplateChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles sample apps with the processor and a stage config, then reads every template back with a YAML parser
 * and checks what CloudFormation and SAM will see: resource types and properties per stage, parameters, outputs and
 * that every reference resolves.
 */
class SamTemplateWriterTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void withoutConfigTheTemplateHasChaliceDefaults() throws IOException {
        Compilation compilation = compile(null, "good/ShopApi.java");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(files()).containsExactly("sam.yaml");
        JsonNode template = template("sam.yaml");
        assertThat(template.path("Transform").asText()).isEqualTo("AWS::Serverless-2016-10-31");
        assertThat(template.has("Parameters")).isFalse();
        assertThat(types(template)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "RestAPI", "AWS::Serverless::Api",
                "APIHandler", "AWS::Serverless::Function",
                "APIHandlerRole", "AWS::IAM::Role",
                "APIHandlerInvokePermission", "AWS::Lambda::Permission"));

        JsonNode function = properties(template, "APIHandler");
        assertThat(function.path("Runtime").asText()).isEqualTo("java21");
        assertThat(function.path("Handler").asText()).isEqualTo("test.shop.ShopApiHandler");
        assertThat(function.path("CodeUri").asText()).isEqualTo("../lambda.zip");
        assertThat(function.path("MemorySize").asInt()).isEqualTo(512);
        assertThat(function.path("Timeout").asInt()).isEqualTo(60);
        assertThat(FunctionRoles.roleId(template, "APIHandler")).as("a role of its own, as every function")
                .isEqualTo("APIHandlerRole");
        assertThat(function.has("Policies")).isFalse();
        JsonNode role = FunctionRoles.role(template, "APIHandler");
        assertThat(role.has("Policies")).as("no resources, so Lambda's basic logging is all it may do").isFalse();
        assertThat(role.at("/ManagedPolicyArns/0/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        assertThat(function.has("Environment")).isFalse();
        assertThat(function.path("Tags").path("goblet").asText()).isEqualTo("app=shop-api");

        JsonNode api = properties(template, "RestAPI");
        assertThat(api.path("StageName").asText()).isEqualTo("api");
        assertThat(api.path("EndpointConfiguration").path("Type").asText()).isEqualTo("EDGE");
        assertThat(api.has("MinimumCompressionSize")).isFalse();
        assertThat(api.has("TracingEnabled")).isFalse();

        JsonNode permission = properties(template, "APIHandlerInvokePermission");
        assertThat(permission.path("FunctionName").path("Ref").asText()).isEqualTo("APIHandler");
        assertThat(permission.path("Principal").asText()).isEqualTo("apigateway.amazonaws.com");
        assertThat(permission.path("SourceArn").path("Fn::Sub").asText()).contains("${RestAPI}/*");

        JsonNode outputs = template.path("Outputs");
        assertThat(names(outputs)).containsExactly("RestAPIId", "EndpointURL", "APIHandlerArn", "APIHandlerName");
        assertThat(outputs.path("RestAPIId").path("Value").path("Ref").asText()).isEqualTo("RestAPI");
        assertThat(outputs.path("EndpointURL").path("Value").path("Fn::Sub").asText())
                .isEqualTo("https://${RestAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/api/");
        assertThat(outputs.path("APIHandlerArn").path("Value").path("Fn::GetAtt").toString())
                .isEqualTo("[\"APIHandler\",\"Arn\"]");
        assertThat(outputs.path("APIHandlerName").path("Value").path("Ref").asText()).isEqualTo("APIHandler");
        assertThat(TemplateReferences.unresolved(template)).isEmpty();
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void everyOperationOfTheOpenApiDocumentCallsTheFunction() throws IOException {
        assertThat(compile(null, "good/ShopApi.java")).succeeded();

        JsonNode body = properties(template("sam.yaml"), "RestAPI").path("DefinitionBody");
        assertThat(body.path("openapi").asText()).startsWith("3.0");
        assertThat(body.path("info").path("title").asText()).isEqualTo("shop-api");
        assertThat(names(body.path("paths"))).containsExactlyInAnyOrder("/items/{id}", "/items");
        List<String> operations = new ArrayList<>();
        body.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            operations.add(op.getKey() + " " + path.getKey() + " " + op.getValue().path("operationId").asText());
            JsonNode integration = op.getValue().path("x-amazon-apigateway-integration");
            assertThat(integration.path("type").asText()).isEqualTo("aws_proxy");
            assertThat(integration.path("httpMethod").asText()).isEqualTo("POST");
            assertThat(integration.path("uri").path("Fn::Sub").asText()).isEqualTo("arn:${AWS::Partition}:apigateway:"
                    + "${AWS::Region}:lambda:path/2015-03-31/functions/${APIHandler.Arn}/invocations");
        }));
        assertThat(operations).containsExactlyInAnyOrder(
                "get /items/{id} item", "put /items/{id} itemPut", "delete /items/{id} remove", "post /items create");
        assertThat(properties(template("sam.yaml"), "RestAPI").path("BinaryMediaTypes").toString())
                .contains("application~1octet-stream", "image~1png");
        // So that API Gateway hands an upload's bytes to the function base64-encoded, not mangled as text.
        assertThat(properties(template("sam.yaml"), "RestAPI").path("BinaryMediaTypes").toString())
                .contains("multipart~1form-data");
    }

    @Test
    void everyStageKeyBecomesTheDocumentedTemplate() throws IOException {
        Path config = config("""
                {
                  "version": "2.0",
                  "app_name": "shop-api",
                  "api_gateway_stage": "v1",
                  "api_gateway_endpoint_type": "REGIONAL",
                  "minimum_compression_size": 1024,
                  "xray": false,
                  "autogen_policy": true,
                  "lambda_memory_size": 256,
                  "lambda_timeout": 20,
                  "environment_variables": {"SHARED": "top", "OVERRIDDEN": "top", "FLAG": "true"},
                  "tags": {"team": "shop", "tier": "top"},
                  "lambda_functions": {
                    "api_handler": {"lambda_timeout": 25, "environment_variables": {"OVERRIDDEN": "top-function"}}
                  },
                  "stages": {
                    "dev": {"autogen_policy": false, "iam_policy_file": "dev-policy.json"},
                    "prod": {
                      "api_gateway_stage": "prod",
                      "api_gateway_endpoint_type": "PRIVATE",
                      "api_gateway_endpoint_vpce": ["vpce-0abc1234"],
                      "minimum_compression_size": 0,
                      "xray": true,
                      "lambda_memory_size": 1024,
                      "lambda_ephemeral_storage": 2048,
                      "reserved_concurrency": 50,
                      "log_retention_in_days": 30,
                      "layers": ["arn:aws:lambda:eu-west-1:123456789012:layer:otel:3"],
                      "subnet_ids": ["subnet-0a1b2c3d", "${param:SecondSubnet}"],
                      "security_group_ids": ["sg-0a1b2c3d"],
                      "manage_iam_role": false,
                      "iam_role_arn": "${param:RoleArn}",
                      "environment_variables": {"OVERRIDDEN": "prod", "ENDPOINT": "https://${param:Host}/${stage}"},
                      "tags": {"tier": "prod"},
                      "lambda_functions": {"api_handler": {"lambda_timeout": 30}}
                    }
                  }
                }
                """);
        Files.writeString(dir.resolve("config/dev-policy.json"), """
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::shop/*"}]}
                """);

        assertThat(compile(config, "good/ShopApi.java")).succeededWithoutWarnings();

        assertThat(files()).containsExactlyInAnyOrder("sam.yaml", "sam-dev.yaml", "sam-prod.yaml");
        for (String file : files()) {
            assertThat(TemplateReferences.unresolved(template(file))).as(file).isEmpty();
        }

        JsonNode base = template("sam.yaml");
        JsonNode baseFunction = properties(base, "APIHandler");
        assertThat(baseFunction.path("MemorySize").asInt()).isEqualTo(256);
        assertThat(baseFunction.path("Timeout").asInt()).as("top-level lambda_functions beats the top level")
                .isEqualTo(25);
        assertThat(baseFunction.path("Environment").path("Variables")).isEqualTo(YAML.readTree(
                "{SHARED: top, OVERRIDDEN: top-function, FLAG: 'true'}"));
        assertThat(baseFunction.path("Environment").path("Variables").path("FLAG").isTextual()).isTrue();
        assertThat(baseFunction.path("Tags")).isEqualTo(YAML.readTree("{goblet: app=shop-api, team: shop, tier: top}"));
        JsonNode baseApi = properties(base, "RestAPI");
        assertThat(baseApi.path("StageName").asText()).isEqualTo("v1");
        assertThat(baseApi.path("EndpointConfiguration").path("Type").asText()).isEqualTo("REGIONAL");
        assertThat(baseApi.path("MinimumCompressionSize").asInt()).isEqualTo(1024);

        JsonNode dev = template("sam-dev.yaml");
        JsonNode devFunction = properties(dev, "APIHandler");
        assertThat(FunctionRoles.statements(dev, "APIHandler").path(0).path("Action").asText())
                .as("the policy file replaces the generated policy").isEqualTo("s3:GetObject");
        assertThat(devFunction.path("Timeout").asInt()).isEqualTo(25);
        assertThat(devFunction.path("Tags").path("goblet").asText()).isEqualTo("app=shop-api:stage=dev");

        JsonNode prod = template("sam-prod.yaml");
        assertThat(names(prod.path("Parameters"))).containsExactlyInAnyOrder("Host", "RoleArn", "SecondSubnet");
        prod.path("Parameters").forEach(p -> assertThat(p.path("Type").asText()).isEqualTo("String"));
        JsonNode function = properties(prod, "APIHandler");
        assertThat(function.path("Timeout").asInt()).as("the stage's lambda_functions wins").isEqualTo(30);
        assertThat(function.path("MemorySize").asInt()).as("the stage beats top-level lambda_functions")
                .isEqualTo(1024);
        assertThat(function.path("EphemeralStorage").path("Size").asInt()).isEqualTo(2048);
        assertThat(function.path("Tracing").asText()).isEqualTo("Active");
        assertThat(function.path("ReservedConcurrentExecutions").asInt()).isEqualTo(50);
        assertThat(prod.path("Resources").path("APIHandlerLogGroup")).isEqualTo(YAML.readTree("""
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: {"Fn::Sub": "/aws/lambda/${APIHandler}"}
                  RetentionInDays: 30
                """));
        assertThat(dev.path("Resources").has("APIHandlerLogGroup")).as("Lambda's own group where none is set")
                .isFalse();
        assertThat(function.path("Layers").path(0).asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:layer:otel:3");
        assertThat(function.path("VpcConfig")).isEqualTo(YAML.readTree(
                "{SecurityGroupIds: [sg-0a1b2c3d], SubnetIds: [subnet-0a1b2c3d, {Ref: SecondSubnet}]}"));
        assertThat(function.path("Role")).isEqualTo(YAML.readTree("{Ref: RoleArn}"));
        assertThat(function.has("Policies")).isFalse();
        assertThat(function.path("Environment").path("Variables")).isEqualTo(YAML.readTree("""
                {SHARED: top, OVERRIDDEN: prod, FLAG: 'true', ENDPOINT: {"Fn::Sub": "https://${Host}/${!stage}"}}
                """));
        assertThat(function.path("Tags")).isEqualTo(YAML.readTree(
                "{goblet: 'app=shop-api:stage=prod', team: shop, tier: prod}"));
        JsonNode api = properties(prod, "RestAPI");
        assertThat(api.path("StageName").asText()).isEqualTo("prod");
        assertThat(api.path("EndpointConfiguration")).isEqualTo(YAML.readTree(
                "{Type: PRIVATE, VPCEndpointIds: [vpce-0abc1234]}"));
        assertThat(api.path("MinimumCompressionSize").asInt()).isEqualTo(0);
        assertThat(api.path("TracingEnabled").asBoolean()).isTrue();
        assertThat(api.path("DefinitionBody").path("x-amazon-apigateway-policy").path("Statement").path(0)
                .path("Condition").path("StringEquals").path("aws:SourceVpce").path(0).asText())
                .isEqualTo("vpce-0abc1234");
        assertThat(prod.path("Outputs").path("EndpointURL").path("Value").path("Fn::Sub").asText()).endsWith("/prod/");

        assertGolden("everyStageKey", "sam-prod.yaml");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void snapStartPublishesAnAliasAndTheApiAndItsAuthorizerCallIt() throws IOException {
        Path config = config("""
                {"stages": {"dev": {}, "prod": {"snap_start": true}}}
                """);

        assertThat(compile(config, "good/AuthApp.java")).succeededWithoutWarnings();

        JsonNode prod = template("sam-prod.yaml");
        for (String function : List.of("APIHandler", "CheckToken")) {
            JsonNode properties = properties(prod, function);
            assertThat(properties.path("AutoPublishAlias").asText()).as(function).isEqualTo("live");
            assertThat(properties.path("SnapStart")).as(function).isEqualTo(YAML.readTree("{ApplyOn: PublishedVersions}"));
        }
        // Only published versions are restored from a snapshot: every caller the template wires names the alias.
        JsonNode body = properties(prod, "RestAPI").path("DefinitionBody");
        assertThat(body.at("/paths/~1notes/get/x-amazon-apigateway-integration/uri/Fn::Sub").asText())
                .endsWith("/functions/${APIHandler.Alias}/invocations");
        assertThat(body.toString()).doesNotContain("${APIHandler.Arn}");
        assertThat(body.at("/components/securitySchemes/check_token/x-amazon-apigateway-authorizer/authorizerUri"
                + "/Fn::Sub").asText()).endsWith("/functions/${CheckToken.Alias}/invocations");
        assertThat(properties(prod, "APIHandlerInvokePermission").path("FunctionName"))
                .isEqualTo(YAML.readTree("{Fn::Sub: '${APIHandler.Alias}'}"));
        assertThat(properties(prod, "CheckTokenInvokePermission").path("FunctionName"))
                .isEqualTo(YAML.readTree("{Fn::Sub: '${CheckToken.Alias}'}"));
        assertThat(prod.path("Outputs").path("APIHandlerArn").path("Value").path("Fn::GetAtt").toString())
                .as("Chalice's output names the function, as without SnapStart").isEqualTo("[\"APIHandler\",\"Arn\"]");

        JsonNode dev = template("sam-dev.yaml");
        assertThat(properties(dev, "APIHandler").has("SnapStart")).isFalse();
        assertThat(properties(dev, "APIHandler").has("AutoPublishAlias")).isFalse();
        assertThat(properties(dev, "APIHandlerInvokePermission").path("FunctionName").path("Ref").asText())
                .isEqualTo("APIHandler");
        assertThat(TemplateReferences.unresolved(prod)).isEmpty();
        // cfn-lint checks every ${<Id>.Alias} against what SAM makes of the function; the translator makes it.
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void snapStartOnOneEventFunctionLeavesTheOthersAlone() throws IOException {
        Path config = config("""
                {"lambda_functions": {"audit": {"snap_start": true}}}
                """);

        assertThat(compile(config, "good/WorkersApp.java")).succeeded();

        JsonNode template = template("sam.yaml");
        List<String> snapStarted = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Properties").has("SnapStart")) {
                snapStarted.add(resource.getKey());
            }
        });
        assertThat(snapStarted).hasSize(1);
        JsonNode function = properties(template, snapStarted.get(0));
        assertThat(function.path("Handler").asText()).endsWith("AuditHandler");
        assertThat(function.path("AutoPublishAlias").asText()).isEqualTo("live");
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void logLevelBecomesTheVariableTheAppLogReadsPerStageAndFunction() throws IOException {
        Path config = config("""
                {"log_level": "WARN",
                 "stages": {
                   "dev": {"log_level": "DEBUG"},
                   "prod": {"lambda_functions": {"api_handler": {"log_level": "ERROR"}}}
                }}
                """);

        assertThat(compile(config, "good/UsersApp.java")).succeededWithoutWarnings();

        assertThat(properties(template("sam-dev.yaml"), "APIHandler").at("/Environment/Variables/GOBLET_LOG_LEVEL")
                .asText()).isEqualTo("DEBUG");
        assertThat(properties(template("sam-prod.yaml"), "APIHandler").at("/Environment/Variables/GOBLET_LOG_LEVEL")
                .asText()).isEqualTo("ERROR");
        assertThat(properties(template("sam.yaml"), "APIHandler").at("/Environment/Variables/GOBLET_LOG_LEVEL")
                .asText()).isEqualTo("WARN");
    }

    @Test
    void aDeclaredTableIsCreatedAndOnlyItsFunctionMayUseIt() throws IOException {
        Path config = config("""
                {"stages": {
                   "dev": {},
                   "cdk": {"lambda_functions": {"api_handler": {
                     "manage_iam_role": false,
                     "iam_role_arn": "${param:ApiHandlerRoleArn}",
                     "environment_variables": {"DYNAMODB_TABLE_NAME": "${param:UsersTableName}"}}}},
                   "shared-table": {"environment_variables": {"DYNAMODB_TABLE_NAME": "${param:UsersTableName}"}}
                }}
                """);

        assertThat(compile(config, "good/UsersApp.java")).succeededWithoutWarnings();

        JsonNode dev = template("sam-dev.yaml");
        assertThat(TemplateReferences.unresolved(dev)).isEmpty();
        assertThat(dev.path("Resources").path("UsersTable")).isEqualTo(YAML.readTree("""
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions: [{AttributeName: username, AttributeType: S}]
                  KeySchema: [{AttributeName: username, KeyType: HASH}]
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                """));
        JsonNode function = properties(dev, "APIHandler");
        assertThat(function.path("Environment").path("Variables").path("DYNAMODB_TABLE_NAME"))
                .isEqualTo(YAML.readTree("{Ref: UsersTable}"));
        assertThat(FunctionRoles.role(dev, "APIHandler").path("Policies").size()).isEqualTo(1);
        JsonNode statements = FunctionRoles.statements(dev, "APIHandler");
        assertThat(statements.size()).isEqualTo(1);
        JsonNode statement = statements.path(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Resource")).isEqualTo(YAML.readTree(
                "[{\"Fn::GetAtt\": [UsersTable, Arn]}, {\"Fn::Sub\": \"${UsersTable.Arn}/index/*\"}]"));
        List<String> actions = new ArrayList<>();
        statement.path("Action").forEach(a -> actions.add(a.asText()));
        assertThat(actions).allMatch(a -> a.startsWith("dynamodb:")).contains("dynamodb:GetItem",
                "dynamodb:PutItem", "dynamodb:DeleteItem").doesNotContain("dynamodb:*", "dynamodb:DeleteTable");
        assertThat(dev.path("Outputs").path("UsersTableName").path("Value")).isEqualTo(YAML.readTree(
                "{Ref: UsersTable}"));

        JsonNode cdk = template("sam-cdk.yaml");
        assertThat(TemplateReferences.unresolved(cdk)).isEmpty();
        assertThat(names(cdk.path("Resources"))).as("the table is made outside")
                .containsExactlyInAnyOrder("RestAPI", "APIHandler", "APIHandlerInvokePermission");
        // The stage gives the role: Goblet writes none.
        assertThat(names(cdk.path("Parameters"))).containsExactlyInAnyOrder("ApiHandlerRoleArn", "UsersTableName");
        JsonNode cdkFunction = properties(cdk, "APIHandler");
        assertThat(cdkFunction.path("Role")).isEqualTo(YAML.readTree("{Ref: ApiHandlerRoleArn}"));
        assertThat(cdkFunction.has("Policies")).isFalse();
        assertThat(cdkFunction.path("Environment").path("Variables").path("DYNAMODB_TABLE_NAME"))
                .isEqualTo(YAML.readTree("{Ref: UsersTableName}"));
        assertThat(cdk.path("Outputs").has("UsersTableName")).isFalse();

        JsonNode shared = template("sam-shared-table.yaml");
        assertThat(TemplateReferences.unresolved(shared)).isEmpty();
        assertThat(shared.path("Resources").has("UsersTable")).isFalse();
        JsonNode sharedStatement = FunctionRoles.statements(shared, "APIHandler").path(0);
        assertThat(sharedStatement.path("Resource").path(0).path("Fn::Sub").asText()).as("still only that table")
                .isEqualTo("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${UsersTableName}");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(4);
    }

    @Test
    void aGeneratedSecretIsDeclaredOnceAndReadWhenTheStackDeploys() throws IOException {
        Path config = config("""
                {"environment_variables": {"CURSOR_KEY": "${secret:CursorKey}", "SIGNING_KEY": "${secret:CursorKey}"},
                 "stages": {
                   "dev": {},
                   "prod": {"environment_variables": {"CURSOR_KEY": "${param:CursorKey}", "SIGNING_KEY": "fixed"}}
                 }}
                """);

        assertThat(compile(config, "good/ShopApi.java")).succeededWithoutWarnings();

        JsonNode dev = template("sam-dev.yaml");
        assertThat(dev.path("Resources").path("CursorKeySecret")).isEqualTo(YAML.readTree("""
                Type: AWS::SecretsManager::Secret
                Properties:
                  Description: "Generated by Goblet for the environment variable CURSOR_KEY."
                  GenerateSecretString: {PasswordLength: 64, ExcludePunctuation: true}
                """));
        JsonNode variables = properties(dev, "APIHandler").path("Environment").path("Variables");
        JsonNode resolved = YAML.readTree(
                "{\"Fn::Sub\": \"{{resolve:secretsmanager:${CursorKeySecret}:SecretString}}\"}");
        assertThat(variables.path("CURSOR_KEY")).isEqualTo(resolved);
        assertThat(variables.path("SIGNING_KEY")).as("one secret, however many variables use it").isEqualTo(resolved);
        assertThat(TemplateReferences.unresolved(dev)).isEmpty();

        JsonNode prod = template("sam-prod.yaml");
        assertThat(types(prod)).as("a stage that sets the variables itself has no secret")
                .doesNotContainValue("AWS::SecretsManager::Secret");
        assertThat(prod.path("Parameters").has("CursorKey")).isTrue();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void aResourcePolicyFileSaysWhoMayCallTheApi() throws IOException {
        Path config = config("""
                {"api_gateway_policy_file": "api-policy.json",
                 "stages": {
                   "dev": {},
                   "office": {"api_gateway_endpoint_type": "PRIVATE", "api_gateway_endpoint_vpce": ["vpce-0abc1234"]},
                   "open": {"api_gateway_policy_file": "open-policy.json"}
                 }}
                """);
        String officeOnly = """
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
                                "Resource": "execute-api:/*",
                                "Condition": {"IpAddress": {"aws:SourceIp": ["192.0.2.0/24"]}}}]}
                """;
        Files.writeString(dir.resolve("config/api-policy.json"), officeOnly);
        Files.writeString(dir.resolve("config/open-policy.json"), """
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
                                "Resource": "execute-api:/*"}]}
                """);

        assertThat(compile(config, "good/ShopApi.java")).succeededWithoutWarnings();

        JsonNode expected = YAML.readTree(officeOnly);
        for (String file : List.of("sam.yaml", "sam-dev.yaml", "sam-office.yaml")) {
            assertThat(properties(template(file), "RestAPI").path("DefinitionBody").path("x-amazon-apigateway-policy"))
                    .as(file + ": the file's policy, also over a PRIVATE API's generated one").isEqualTo(expected);
        }
        assertThat(properties(template("sam-open.yaml"), "RestAPI").path("DefinitionBody")
                .path("x-amazon-apigateway-policy").path("Statement").path(0).has("Condition"))
                .as("a stage's own file replaces the top level's").isFalse();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(4);
    }

    @Test
    void aCustomDomainNameIsChalicesDomainAndMapping() throws IOException {
        Path config = config("""
                {"api_gateway_stage": "v1",
                 "api_gateway_custom_domain": {
                   "domain_name": "api.example.com",
                   "certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f",
                   "tls_version": "TLS_1_2",
                   "tags": {"team": "shop", "env": "prod"}},
                 "stages": {
                   "dev": {},
                   "eu": {"api_gateway_endpoint_type": "REGIONAL",
                          "api_gateway_custom_domain": {"domain_name": "eu.api.example.com",
                                                        "certificate_arn": "${param:EuCertificateArn}",
                                                        "url_prefix": "shop"}}
                 }}
                """);

        assertThat(compile(config, "good/ShopApi.java")).succeededWithoutWarnings();

        JsonNode base = template("sam.yaml");
        assertThat(base.path("Resources").path("ApiGatewayCustomDomain")).isEqualTo(YAML.readTree("""
                Type: AWS::ApiGateway::DomainName
                Properties:
                  DomainName: api.example.com
                  EndpointConfiguration: {Types: [EDGE]}
                  CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f
                  SecurityPolicy: TLS_1_2
                  Tags: [{Key: env, Value: prod}, {Key: team, Value: shop}]
                """));
        assertThat(base.path("Resources").path("ApiGatewayCustomDomainMapping")).isEqualTo(YAML.readTree("""
                Type: AWS::ApiGateway::BasePathMapping
                Properties:
                  DomainName: {Ref: ApiGatewayCustomDomain}
                  RestApiId: {Ref: RestAPI}
                  Stage: {"Fn::Sub": "${RestAPI.Stage}"}
                """));
        assertThat(base.at("/Outputs/AliasDomainName/Value/Fn::GetAtt/1").asText())
                .isEqualTo("DistributionDomainName");

        JsonNode eu = template("sam-eu.yaml");
        JsonNode domain = properties(eu, "ApiGatewayCustomDomain");
        assertThat(domain.path("RegionalCertificateArn")).isEqualTo(YAML.readTree("{Ref: EuCertificateArn}"));
        assertThat(domain.has("Tags")).as("a stage's domain replaces the top level's whole").isFalse();
        assertThat(properties(eu, "ApiGatewayCustomDomainMapping").path("BasePath").asText()).isEqualTo("shop");
        assertThat(eu.at("/Outputs/HostedZoneId/Value/Fn::GetAtt/1").asText()).isEqualTo("RegionalHostedZoneId");
        assertThat(eu.path("Parameters").has("EuCertificateArn")).isTrue();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void templatesUseOnlyTheLongFormOfIntrinsics() throws IOException {
        assertThat(compile(config("{\"stages\": {\"dev\": {}}}"), "good/UsersApp.java")).succeeded();

        for (String file : files()) {
            String text = Files.readString(dir.resolve("out").resolve(file));
            assertThat(text).as(file).startsWith("# Generated by dev.goblet.processor.GobletProcessor")
                    .doesNotContainPattern("!(Ref|GetAtt|Sub|Join|If|Select)\\b").doesNotContain("---");
        }
    }

    @Test
    void aBadTableDeclarationIsReportedOnItsAnnotation() {
        Compilation compilation = compile(null, "bad/BadTables.java");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletBadTableKeyType] @DynamoDbTable 'Orders'")
                .inFile(source("bad/BadTables.java")).onLineContaining("partitionKeyType = \"X\"");
    }

    @Test
    void repeatedTablesMustNotClashWithEachOtherOrTheTemplate() {
        Compilation compilation = compile(null, "bad/TwoTablesOneVariable.java");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletBadTableResource] @DynamoDbTable resource 'RestAPI'")
                .inFile(source("bad/TwoTablesOneVariable.java"));
    }

    // ---- helpers ----

    Compilation compile(Path config, String... sources) {
        List<String> options = new ArrayList<>(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"),
                "-Agoblet.codeUri=../lambda.zip"));
        if (config != null) {
            options.add("-Agoblet.config=" + config);
        }
        List<JavaFileObject> files = new ArrayList<>();
        for (String source : sources) {
            files.add(source(source));
        }
        return javac().withProcessors(new GobletProcessor()).withOptions(options).compile(files);
    }

    static JavaFileObject source(String name) {
        return JavaFileObjects.forResource("sam/" + name);
    }

    Path config(String json) throws IOException {
        Path config = dir.resolve("config/config.json");
        Files.createDirectories(config.getParent());
        Files.writeString(config, json);
        return config;
    }

    /** The SAM templates written to the output folder (the OpenAPI document beside them is another test's). */
    List<String> files() throws IOException {
        Path out = dir.resolve("out");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("sam"))
                    .sorted().toList();
        }
    }

    JsonNode template(String file) throws IOException {
        return YAML.readTree(dir.resolve("out").resolve(file).toFile());
    }

    static JsonNode properties(JsonNode template, String resource) {
        return template.path("Resources").path(resource).path("Properties");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Map<String, String> types(JsonNode template) {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        template.path("Resources").fields().forEachRemaining(r -> types.put(r.getKey(), r.getValue().path("Type")
                .asText()));
        return types;
    }

    /** Compares a generated file with its golden copy under {@code goldens/SamTemplateWriterTest/<test>/}. */
    void assertGolden(String test, String file) throws IOException {
        String actual = Files.readString(dir.resolve("out").resolve(file));
        Goldens.assertMatches(SamTemplateWriterTest.class, test, file, actual);
    }
}
