package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.function.AppResources;
import dev.goblet.processor.testing.CompileErrors;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.TemplateChecks;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routes in functions of their own ({@code @Route(function = ...)}, {@code @RegisterBlueprint(function = ...)}):
 * each function in the template with its config, permission and integrations, in the function index, and each
 * misuse as a compile error.
 */
class RouteFunctionsTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String INTEGRATION = "x-amazon-apigateway-integration";

    @TempDir
    Path dir;

    @Test
    void eachFunctionHasItsRoutesConfigPermissionAndIntegrations() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"stages\": {\"dev\": {\"lambda_functions\":"
                + " {\"reports\": {\"lambda_memory_size\": 2048, \"lambda_timeout\": 300,"
                + " \"environment_variables\": {\"REPORT_FORMAT\": \"csv\"}}}}}}");
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(good("Shop"), good("Exports"));
        assertThat(compilation).succeededWithoutWarnings();
        for (String handler : List.of("ShopHandler", "ShopReportsHandler", "ShopExportsHandler",
                "ShopRebuildHandler")) {
            assertThat(compilation).generatedSourceFile("test.shop." + handler);
        }

        JsonNode template = YAML.readTree(dir.resolve("out/sam-dev.yaml").toFile());
        JsonNode resources = template.get("Resources");
        JsonNode reports = resources.get("Reports").get("Properties");
        assertThat(reports.get("Handler").asText()).isEqualTo("test.shop.ShopReportsHandler");
        assertThat(reports.get("MemorySize").asInt()).isEqualTo(2048);
        assertThat(reports.get("Timeout").asInt()).isEqualTo(300);
        assertThat(reports.at("/Environment/Variables/REPORT_FORMAT").asText()).isEqualTo("csv");
        assertThat(reports.at("/Environment/Variables/ORDERS_TABLE").get("Ref").asText()).isEqualTo("OrdersTable");
        // Only the function named in the config gets its settings; the others keep the defaults.
        JsonNode apiHandler = resources.get("APIHandler").get("Properties");
        assertThat(apiHandler.get("MemorySize").asInt()).isNotEqualTo(2048);
        assertThat(apiHandler.at("/Environment/Variables/REPORT_FORMAT").isMissingNode()).isTrue();
        assertThat(resources.get("Exports").get("Properties").get("Handler").asText())
                .isEqualTo("test.shop.ShopExportsHandler");

        for (String function : List.of("APIHandler", "Reports", "Exports")) {
            JsonNode permission = resources.get(function + "InvokePermission");
            assertThat(permission.get("Type").asText()).isEqualTo("AWS::Lambda::Permission");
            assertThat(permission.at("/Properties/FunctionName/Ref").asText()).isEqualTo(function);
            assertThat(template.get("Outputs").has(function + "Arn")).isTrue();
        }
        assertThat(resources.has("RebuildInvokePermission")).isFalse();

        assertThat(integrations(resources.at("/RestAPI/Properties/DefinitionBody/paths")))
                .containsExactlyInAnyOrderEntriesOf(
                Map.of("get /orders/{id}", "APIHandler", "get /orders/summary", "Reports",
                        "get /reports/{day}", "Reports", "delete /reports/{day}", "Reports",
                        "get /exports/{name}", "Exports"));
        // The preflights stay API Gateway's mock, whichever function serves the path.
        assertThat(resources.at("/RestAPI/Properties/DefinitionBody/paths/~1reports~1{day}/options/" + INTEGRATION
                + "/type").asText()).isEqualTo("mock");

        OpenAPI document = OpenApiDocuments.parseCleanly(Files.readString(dir.resolve("out/openapi.yaml")));
        assertThat(document.getPaths()).containsOnlyKeys("/orders/{id}", "/orders/summary", "/reports/{day}",
                "/exports/{name}");

        JsonNode index = new ObjectMapper().readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                AppResources.functions("shop")).orElseThrow().getCharContent(true).toString());
        List<String> listed = new ArrayList<>();
        index.get("functions").forEach(function -> listed.add(function.get("name").asText() + " "
                + function.get("logicalId").asText() + " " + function.get("kind").asText() + " "
                + function.get("handler").asText()));
        assertThat(listed).containsExactly(
                "api_handler APIHandler api test.shop.ShopHandler",
                "reports Reports api test.shop.ShopReportsHandler",
                "exports Exports api test.shop.ShopExportsHandler",
                "rebuild Rebuild event test.shop.ShopRebuildHandler");

        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void eachFunctionHasARoleOfItsOwnUnlessItsStageGivesOne() throws IOException {
        Files.writeString(dir.resolve("exports-policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [{"
                + "\"Effect\": \"Allow\", \"Action\": [\"s3:PutObject\"],"
                + " \"Resource\": \"arn:aws:s3:::shop-exports/*\"}]}");
        Path config = Files.writeString(dir.resolve("config.json"), "{\"stages\": {\"prod\": {\"lambda_functions\": {"
                + "\"reports\": {\"manage_iam_role\": false,"
                + " \"iam_role_arn\": \"arn:aws:iam::123456789012:role/shop-reports\"},"
                + "\"exports\": {\"autogen_policy\": false, \"iam_policy_file\": \"exports-policy.json\"}}}}}");
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(good("Shop"), good("Exports"));
        assertThat(compilation).succeededWithoutWarnings();

        JsonNode resources = YAML.readTree(dir.resolve("out/sam-prod.yaml").toFile()).get("Resources");
        assertThat(resources.at("/Reports/Properties/Role").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/shop-reports");
        assertThat(resources.has("ReportsRole")).as("the stage gives the role: none is written").isFalse();
        for (String function : List.of("APIHandler", "Exports", "Rebuild")) {
            assertThat(resources.at("/" + function + "/Properties/Role/Fn::GetAtt/0").asText())
                    .isEqualTo(function + "Role");
            assertThat(resources.at("/" + function + "/Properties").has("Policies")).isFalse();
            assertThat(resources.at("/" + function + "Role/Type").asText()).isEqualTo("AWS::IAM::Role");
            assertThat(resources.at("/" + function + "Role/Properties/ManagedPolicyArns/0/Fn::Sub").asText())
                    .endsWith("service-role/AWSLambdaBasicExecutionRole");
        }
        JsonNode api = resources.at("/APIHandlerRole/Properties/Policies/0/PolicyDocument/Statement/0");
        assertThat(api.path("Sid").asText()).isEqualTo("OrdersTableItems");
        assertThat(api.at("/Resource/0/Fn::GetAtt/0").asText()).isEqualTo("OrdersTable");
        JsonNode exports = resources.at("/ExportsRole/Properties/Policies");
        assertThat(exports.size()).as("the policy file instead of the generated statements").isEqualTo(1);
        assertThat(exports.at("/0/PolicyDocument/Statement/0/Action/0").asText()).isEqualTo("s3:PutObject");
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void everyRouteInFunctionsOfItsOwnLeavesNoApiHandler() throws IOException {
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forSourceString("test.split.Split", "package test.split;\n"
                        + "import dev.goblet.App;\nimport dev.goblet.Route;\n"
                        + "@App(name = \"split\")\npublic class Split {\n"
                        + "    @Route(path = \"/a\", function = \"alpha\") public String a() { return \"a\"; }\n"
                        + "    @Route(path = \"/b\", function = \"beta-two\") public String b() { return \"b\"; }\n"
                        + "}\n"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode resources = YAML.readTree(dir.resolve("out/sam.yaml").toFile()).get("Resources");
        assertThat(resources.has("APIHandler")).isFalse();
        assertThat(resources.has("Alpha")).isTrue();
        assertThat(resources.get("BetaTwo").at("/Properties/Handler").asText())
                .isEqualTo("test.split.SplitBetaTwoHandler");
        assertThat(integrations(resources.at("/RestAPI/Properties/DefinitionBody/paths")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("get /a", "Alpha", "get /b", "BetaTwo"));
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void theApiHandlersNameIsNotAFunctionOfItsOwn() {
        assertSingleError("ApiHandlerName", "[GobletRouteFunctionName] function = \"api_handler\" names the app's API"
                + " handler, which serves every route that names no function: leave function out, or give the"
                + " function of its own another name, such as \"reports\".", "function = \"api_handler\"");
    }

    @Test
    void aNameLambdaDoesNotTake() {
        assertSingleError("BadName", "[GobletBadFunctionName] '9-reports' is not a function name Goblet can deploy",
                "@Route(path = \"/a\", function = \"9-reports\")");
    }

    @Test
    void aNameAnEventFunctionHas() {
        assertSingleError("TakenName", "[GobletDuplicateFunction] The function name 'nightly' is taken by the routes"
                + " of a(): each function of an app is deployed under its own name.", "public void nightly()");
    }

    @Test
    void aNameOnARegistrationThatBreaksTheRules() {
        JavaFileObject app = bad("BadRegistration");
        Compilation compilation = compile(app, bad("Ledger"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletBadFunctionName] 'audit log' is not a function name")
                .inFile(app).onLineContaining("function = \"audit log\"");
    }

    @Test
    void aBlueprintRouteNamingAnotherFunctionThanItsRegistration() {
        JavaFileObject app = bad("Conflicting");
        JavaFileObject blueprint = bad("Audit");
        Compilation compilation = compile(app, blueprint);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletConflictingFunction] trail() runs in function 'audit',"
                + " but the app registers its blueprint Audit with function = \"history\": a route runs in one"
                + " function. Remove one of the two, or make them the same.")
                .inFile(blueprint).onLineContaining("function = \"audit\"");
    }

    /** Each operation's integration, by {@code "<method> <path>"}: the logical id its URI calls. */
    private static Map<String, String> integrations(JsonNode paths) {
        Map<String, String> found = new LinkedHashMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode uri = operation.getValue().path(INTEGRATION).path("uri").path("Fn::Sub");
            if (!uri.isMissingNode()) {
                String text = uri.asText();
                found.put(operation.getKey() + " " + path.getKey(),
                        text.substring(text.indexOf("functions/${") + 12, text.indexOf(".Arn}")));
            }
        }));
        return found;
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(bad(name), message, line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new GobletProcessor()).compile(sources);
    }

    private static JavaFileObject good(String name) {
        return JavaFileObjects.forResource("routefunctions/good/" + name + ".java");
    }

    private static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("routefunctions/bad/" + name + ".java");
    }
}
