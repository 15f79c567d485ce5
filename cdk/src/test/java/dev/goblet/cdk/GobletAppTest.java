package dev.goblet.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * Synthesizes stacks with the sample {@code NotesApp}, whose template Goblet's processor wrote when the tests
 * compiled ({@code target/goblet/sam.yaml}), and whose zip is made here from the compiled classes. One CDK app
 * holds every stack: jsii starts once.
 */
class GobletAppTest {
    private static final Path TEMPLATE = Path.of("target", "goblet", "sam.yaml");

    @TempDir
    static Path folder;

    private static Path zip;
    private static Stack notes;
    private static Stack twoApps;
    private static GobletApp app;
    private static GobletApp first;
    private static Role role;
    private static Table table;

    @BeforeAll
    static void synthesize() throws IOException {
        zip = zipOf(Path.of("target", "test-classes"), folder.resolve("lambda.zip"));
        App cdk = new App();
        notes = new Stack(cdk, "Notes");
        table = Table.Builder.create(notes, "Notes")
                .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build()).build();
        role = Role.Builder.create(notes, "NotesRole").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        table.grantReadWriteData(role);
        app = GobletApp.create(notes, "NotesApi").templateFile(TEMPLATE).codeFile(zip)
                .stageConfig(StageConfig.builder()
                        .apiGatewayStage("v1")
                        .allFunctions(FunctionConfig.builder()
                                .manageIamRole(false)
                                .iamRoleArn(role.getRoleArn())
                                .environmentVariable("NOTES_TABLE", table.getTableName())
                                .lambdaMemorySize(256)
                                .build())
                        .lambdaFunction("search", FunctionConfig.builder().lambdaMemorySize(1024).build())
                        .lambdaFunction("api_handler", FunctionConfig.builder()
                                .environmentVariable("LOG_LEVEL", "debug")
                                .lambdaMemorySize(128)
                                .lambdaTimeout(10)
                                .build())
                        .build())
                .build();
        app.remove("NotesTable");
        app.remove("NotesTableName");
        app.addEnvironment("word_counts", "GREETING", "hello");

        twoApps = new Stack(cdk, "TwoApps");
        first = GobletApp.create(twoApps, "First").templateFile(TEMPLATE).codeFile(zip).build();
        GobletApp.create(twoApps, "Second").templateFile(TEMPLATE).codeFile(zip).preserveLogicalIds(false).build();
    }

    @Test
    void everyFunctionRunsTheUploadedZip() {
        Template template = Template.fromStack(notes);
        template.resourceCountIs("AWS::Serverless::Function", 3);
        template.allResourcesProperties("AWS::Serverless::Function", Map.of("CodeUri",
                Map.of("Bucket", Match.anyValue(), "Key", Match.stringLikeRegexp("^[0-9a-f]{64}\\.zip$"))));
        assertThat(app.getCode().getAssetPath()).isNotBlank();
    }

    @Test
    void theStageConfigReachesTheApiHandler() {
        Template template = Template.fromStack(notes);
        template.hasResourceProperties("AWS::Serverless::Function", Map.of(
                "Handler", "dev.goblet.cdk.sample.NotesHandler",
                "Role", Map.of("Fn::GetAtt", List.of(logicalId(notes, role.getNode().getDefaultChild()), "Arn")),
                "Policies", Match.absent(),
                "MemorySize", 128,
                "Timeout", 10,
                "Environment", Map.of("Variables", Map.of("NOTES_TABLE",
                        Map.of("Ref", logicalId(notes, table.getNode().getDefaultChild()))))));
        template.hasResourceProperties("AWS::Serverless::Api", Map.of("StageName", "v1"));
        template.hasOutput("EndpointURL", Map.of("Value", Map.of("Fn::Sub", List.of(
                "https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v1/", Map.of("Api",
                        Map.of("Ref", "RestAPI"))))));
    }

    @Test
    void theStageLevelReachesEveryFunctionAndAFunctionGetsItsOwnVariables() {
        Template.fromStack(notes).hasResourceProperties("AWS::Serverless::Function", Map.of(
                "Handler", Match.stringLikeRegexp("WordCounts"),
                "MemorySize", 256,
                "Policies", Match.absent(),
                "Environment", Map.of("Variables", Map.of("GREETING", "hello", "NOTES_TABLE", Match.anyValue()))));
    }

    @Test
    void aRouteInAFunctionOfItsOwnGetsItsConfigAndItsIntegration() {
        Template template = Template.fromStack(notes);
        template.hasResourceProperties("AWS::Serverless::Function", Map.of(
                "Handler", "dev.goblet.cdk.sample.NotesSearchHandler",
                "MemorySize", 1024,
                "Role", Match.anyValue()));
        assertThat(app.getFunction("search").getLogicalId()).isNotNull();
        assertThat(app.getResource("SearchInvokePermission").getCfnResourceType())
                .isEqualTo("AWS::Lambda::Permission");
        String definition = template.findResources("AWS::Serverless::Api").toString();
        assertThat(definition).contains("${Search.Arn}/invocations", "${APIHandler.Arn}/invocations");
    }

    @Test
    void anApiKeyAndItsUsagePlanComeThroughOnTheApisStage() {
        Template template = Template.fromStack(notes);
        template.resourceCountIs("AWS::ApiGateway::ApiKey", 1);
        template.resourceCountIs("AWS::ApiGateway::UsagePlanKey", 1);
        template.hasResourceProperties("AWS::ApiGateway::UsagePlan", Map.of("ApiStages", List.of(Map.of(
                "ApiId", Map.of("Ref", "RestAPI"), "Stage", Match.anyValue()))));
        assertThat(template.findOutputs("*").keySet()).contains("APIKeyId", "UsagePlanId");
    }

    @Test
    void theTableTheStackMakesReplacesTheApps() {
        Template template = Template.fromStack(notes);
        template.resourceCountIs("AWS::DynamoDB::Table", 1);
        assertThat(template.findOutputs("NotesTableName")).isEmpty();
        assertThat(template.findOutputs("*").keySet())
                .contains("RestAPIId", "EndpointURL", "APIHandlerArn", "APIHandlerName");
    }

    @Test
    void theAppsPartsAreCdkObjects() {
        assertThat(app.getFunctions().keySet()).containsExactly("api_handler", "search", "word_counts");
        assertThat(app.getFunction("api_handler").getCfnResourceType()).isEqualTo("AWS::Serverless::Function");
        assertThat(app.getRestApi().getCfnResourceType()).isEqualTo("AWS::Serverless::Api");
        assertThat(app.getResource("APIHandlerInvokePermission").getCfnResourceType())
                .isEqualTo("AWS::Lambda::Permission");
        assertThat(app.getOutput("APIHandlerArn")).isNotNull();
        assertThat(notes.resolve(app.getRole("api_handler").getRoleArn())).isEqualTo(notes.resolve(role.getRoleArn()));
        assertThat(notes.resolve(app.getRole("word_counts").getRoleArn())).isEqualTo(notes.resolve(role.getRoleArn()));
        assertThat(twoApps.resolve(first.getRole("api_handler").getRoleArn()).toString())
                .as("the role the template writes, when the stage gives none").contains("APIHandlerRole");
        // A role the stage gives replaces the template's own, which leaves the stack: only the stack's role is left.
        Template.fromStack(notes).resourceCountIs("AWS::IAM::Role", 1);
        Template.fromStack(twoApps).resourceCountIs("AWS::IAM::Role", 6);
        assertThatThrownBy(() -> app.getFunction("api"))
                .hasMessage("The app has no function 'api'; its functions are [api_handler, search, word_counts]");
    }

    @Test
    void twoAppsInOneStackHaveTheirOwnLogicalIds() {
        Template template = Template.fromStack(twoApps);
        template.resourceCountIs("AWS::Serverless::Function", 6);
        template.resourceCountIs("AWS::Serverless::Api", 2);
        template.resourceCountIs("AWS::DynamoDB::Table", 2);
        Map<String, Map<String, Object>> handlers = template.findResources("AWS::Serverless::Function",
                Map.of("Properties", Map.of("Handler", Match.stringLikeRegexp("NotesHandler"))));
        assertThat(handlers.keySet()).hasSize(2).contains("APIHandler");
        String renamed = handlers.keySet().stream().filter(id -> !id.equals("APIHandler")).findFirst().orElseThrow();
        // The second API's integrations call the second app's function: Fn::Sub in the OpenAPI body follows.
        Map<String, Map<String, Object>> apis = template.findResources("AWS::Serverless::Api");
        String secondApi = apis.entrySet().stream().filter(api -> !api.getKey().equals("RestAPI"))
                .map(api -> api.getValue().toString()).findFirst().orElseThrow();
        assertThat(secondApi).contains("${" + renamed + ".Arn}").doesNotContain("${APIHandler.Arn}")
                .doesNotContain("${Search.Arn}");
    }

    @Test
    void twoAppsKeepingTheirIdsCollide() {
        Stack stack = new Stack(new App(), "Collide");
        GobletApp.create(stack, "First").templateFile(TEMPLATE).codeFile(zip).build();
        GobletApp.create(stack, "Second").templateFile(TEMPLATE).codeFile(zip).build();
        assertThatThrownBy(() -> Template.fromStack(stack)).hasMessageContaining("already contains");
    }

    @Test
    void theSynthesizedStacksPassTheSamTransformAndCfnLint() {
        SynthesizedTemplates.assertDeployable(folder, List.of(notes, twoApps));
    }

    @Test
    void badStageConfigsFailWithTheKeyToFix() {
        assertThatThrownBy(() -> FunctionConfig.builder().manageIamRole(false).build())
                .hasMessageContaining("manage_iam_role is false but no iam_role_arn");
        assertThatThrownBy(() -> FunctionConfig.builder().lambdaTimeout(901))
                .hasMessage("lambda_timeout is 901; it must be 1 to 900");
        Stack stack = new Stack(new App(), "Bad");
        assertThatThrownBy(() -> GobletApp.create(stack, "Api").templateFile(TEMPLATE).codeFile(zip)
                .stageConfig(StageConfig.builder().lambdaFunction("apihandler",
                        FunctionConfig.builder().lambdaTimeout(5).build()).build()).build())
                .hasMessage("The app has no function 'apihandler'; its functions are"
                        + " [api_handler, search, word_counts]");
        assertThatThrownBy(() -> GobletApp.create(stack, "Missing").templateFile(Path.of("nowhere.yaml"))
                .codeFile(zip).build()).hasMessageContaining("build the app module first");
    }

    private static String logicalId(Stack stack, Object element) {
        return stack.getLogicalId((software.amazon.awscdk.CfnElement) element);
    }

    private static Path zipOf(Path classes, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return target;
    }
}
