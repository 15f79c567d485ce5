package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.TemplateChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates of {@code api_type} {@code HTTP} and {@code FUNCTION_URL}: an HTTP API with an event per route and
 * method (payload 2.0), its JWT and IAM authorizers and CORS configuration; a function URL with its auth type and
 * CORS; the same {@code EndpointURL} output as a REST API's; and templates cfn-lint and the SAM translator take.
 */
class HttpApiTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Compilation compile(String config, String source) throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), config);
        return javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.codeUri=../lambda.zip",
                        "-Agoblet.config=" + file))
                .compile(SamTemplateWriterTest.source(source));
    }

    private JsonNode template(String name) throws IOException {
        return YAML.readTree(dir.resolve("out").resolve(name).toFile());
    }

    @Test
    void anHttpApiHasAnEventPerRouteAndMethodWithItsAuthorizer() throws IOException {
        Compilation compilation = compile("""
                {"stages": {"prod": {"api_type": "HTTP", "api_gateway_stage": "v1"}}}
                """, "good/HttpNotesApp.java");
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode base = template("sam.yaml");
        assertThat(base.path("Resources").has("RestAPI")).as("the top level is still a REST API").isTrue();

        JsonNode prod = template("sam-prod.yaml");
        JsonNode resources = prod.path("Resources");
        assertThat(resources.has("RestAPI")).isFalse();
        assertThat(resources.has("APIHandlerInvokePermission")).as("SAM gives each event its permission").isFalse();
        JsonNode api = resources.path("HttpAPI");
        assertThat(api.path("Type").asText()).isEqualTo("AWS::Serverless::HttpApi");
        JsonNode properties = api.path("Properties");
        assertThat(properties.path("StageName").asText()).isEqualTo("v1");

        JsonNode auth = properties.path("Auth");
        assertThat(auth.path("EnableIamAuthorizer").asBoolean()).isTrue();
        JsonNode jwt = auth.path("Authorizers").path("users");
        assertThat(jwt.path("IdentitySource").asText()).isEqualTo("$request.header.Authorization");
        assertThat(jwt.at("/JwtConfiguration/issuer/Fn::Sub").asText())
                .isEqualTo("https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}/eu-west-1_abc");
        assertThat(jwt.at("/JwtConfiguration/audience").toString()).isEqualTo("[\"4example0client0id\"]");

        JsonNode cors = properties.path("CorsConfiguration");
        assertThat(cors.path("AllowOrigins").toString()).isEqualTo("[\"https://app.example.com\"]");
        assertThat(cors.path("AllowHeaders").toString()).isEqualTo("[\"Authorization\",\"Content-Type\","
                + "\"X-Amz-Date\",\"X-Amz-Security-Token\",\"X-Api-Key\",\"X-Request-Id\"]");
        assertThat(cors.path("AllowMethods").toString()).isEqualTo("[\"GET\",\"POST\",\"DELETE\",\"OPTIONS\"]");
        assertThat(cors.path("ExposeHeaders").toString()).isEqualTo("[\"X-Total\"]");
        assertThat(cors.path("MaxAge").asInt()).isEqualTo(600);
        assertThat(cors.path("AllowCredentials").asBoolean()).isTrue();

        Map<String, String> routes = new TreeMap<>();
        JsonNode events = resources.path("APIHandler").path("Properties").path("Events");
        events.fields().forEachRemaining(event -> {
            JsonNode p = event.getValue().path("Properties");
            assertThat(event.getValue().path("Type").asText()).isEqualTo("HttpApi");
            assertThat(p.path("ApiId").path("Ref").asText()).isEqualTo("HttpAPI");
            assertThat(p.path("PayloadFormatVersion").asText()).isEqualTo("2.0");
            routes.put(p.path("Method").asText() + " " + p.path("Path").asText(), p.path("Auth").toString());
        });
        assertThat(routes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GET /notes", "{\"Authorizer\":\"users\"}",
                "POST /notes", "{\"Authorizer\":\"users\",\"AuthorizationScopes\":[\"notes/write\"]}",
                "GET /notes/{id}", "{\"Authorizer\":\"users\"}",
                "DELETE /notes/{id}", "{\"Authorizer\":\"users\"}",
                "GET /admin/stats", "{\"Authorizer\":\"AWS_IAM\"}",
                "GET /health", "",
                "GET /files/{path+}", ""));
        assertThat(events.has("GetList")).isTrue();

        JsonNode outputs = prod.path("Outputs");
        assertThat(outputs.path("EndpointURL").at("/Value/Fn::Sub").asText())
                .isEqualTo("https://${HttpAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v1/");
        assertThat(outputs.path("HttpAPIId").at("/Value/Ref").asText()).isEqualTo("HttpAPI");
        assertThat(outputs.has("RestAPIId")).isFalse();

        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void routesWithDifferentCorsGetPreflightEventsTheHandlerAnswers() throws IOException {
        Compilation compilation = compile("""
                {"api_type": "HTTP"}
                """, "good/CorsApp.java");
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode resources = template("sam.yaml").path("Resources");
        assertThat(resources.path("HttpAPI").path("Properties").has("CorsConfiguration")).isFalse();
        List<String> preflights = new ArrayList<>();
        resources.path("APIHandler").path("Properties").path("Events").forEach(event -> {
            if (event.at("/Properties/Method").asText().equals("OPTIONS")) {
                preflights.add(event.at("/Properties/Path").asText());
                assertThat(event.at("/Properties").has("Auth")).isFalse();
            }
        });
        assertThat(preflights).containsExactly("/notes", "/notes/{id}", "/status");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void aFunctionUrlServesTheApiFunctionWithItsCors() throws IOException {
        Compilation compilation = compile("""
                {"stages": {"dev": {"api_type": "FUNCTION_URL"}}}
                """, "good/UrlNotesApp.java");
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode dev = template("sam-dev.yaml");
        JsonNode resources = dev.path("Resources");
        assertThat(resources.has("RestAPI")).isFalse();
        assertThat(resources.has("HttpAPI")).isFalse();
        JsonNode url = resources.path("APIHandler").path("Properties").path("FunctionUrlConfig");
        assertThat(url.path("AuthType").asText()).isEqualTo("NONE");
        assertThat(url.at("/Cors/AllowOrigins").toString()).isEqualTo("[\"*\"]");
        assertThat(url.at("/Cors/AllowMethods").toString()).isEqualTo("[\"GET\",\"POST\"]");
        assertThat(resources.path("APIHandler").path("Properties").has("Events")).isFalse();
        assertThat(dev.path("Outputs").path("EndpointURL").at("/Value/Fn::GetAtt").toString())
                .isEqualTo("[\"APIHandlerUrl\",\"FunctionUrl\"]");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void aFunctionUrlOfIamRoutesIsAnIamUrl() throws IOException {
        assertThat(compile("{\"api_type\": \"FUNCTION_URL\"}", "good/IamUrlApp.java")).succeededWithoutWarnings();
        JsonNode url = template("sam.yaml").at("/Resources/APIHandler/Properties/FunctionUrlConfig");
        assertThat(url.path("AuthType").asText()).isEqualTo("AWS_IAM");
        assertThat(url.has("Cors")).isFalse();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void routesInFunctionsOfTheirOwnAreEventsOnThoseFunctions() throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"api_type\": \"HTTP\"}");
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"),
                        "-Agoblet.codeUri=../lambda.zip", "-Agoblet.config=" + file))
                .compile(com.google.testing.compile.JavaFileObjects.forResource("routefunctions/good/Shop.java"),
                        com.google.testing.compile.JavaFileObjects.forResource("routefunctions/good/Exports.java"));
        assertThat(compilation).succeeded();
        JsonNode resources = template("sam.yaml").path("Resources");
        Map<String, List<String>> byFunction = new TreeMap<>();
        for (String function : List.of("APIHandler", "Reports", "Exports")) {
            List<String> routes = new ArrayList<>();
            resources.path(function).at("/Properties/Events").forEach(event -> routes.add(
                    event.at("/Properties/Method").asText() + " " + event.at("/Properties/Path").asText()));
            byFunction.put(function, routes);
        }
        // The blueprint's routes have no CORS, the app's have: each CORS path's preflight goes to its function.
        assertThat(resources.at("/HttpAPI/Properties").has("CorsConfiguration")).isFalse();
        assertThat(byFunction.get("APIHandler")).containsExactly("GET /orders/{id}", "OPTIONS /orders/{id}");
        assertThat(byFunction.get("Reports")).containsExactly("GET /orders/summary", "GET /reports/{day}",
                "DELETE /reports/{day}", "OPTIONS /orders/summary", "OPTIONS /reports/{day}");
        assertThat(byFunction.get("Exports")).containsExactly("GET /exports/{name}");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void snapStartedFunctionsBehindAnHttpApiOrAFunctionUrlDeploy() throws IOException {
        assertThat(compile("""
                {"snap_start": true, "stages": {"http": {"api_type": "HTTP"}, "url": {"api_type": "FUNCTION_URL"}}}
                """, "good/UrlNotesApp.java")).succeededWithoutWarnings();
        assertThat(template("sam-http.yaml").at("/Resources/APIHandler/Properties/AutoPublishAlias").asText())
                .isNotEmpty();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void theLocalServerLearnsEachStagesApiType() throws IOException {
        Compilation compilation = compile("""
                {"stages": {"dev": {"api_type": "FUNCTION_URL"}, "prod": {}}}
                """, "good/UrlNotesApp.java");
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode stages = JSON.readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "test/url/UrlNotesHandler.stages.json").orElseThrow().getCharContent(true).toString());
        assertThat(stages.path("apiType").asText()).isEqualTo("REST");
        assertThat(stages.at("/stages/dev/apiType").asText()).isEqualTo("FUNCTION_URL");
        assertThat(stages.at("/stages/prod/apiType").asText()).isEqualTo("REST");
    }
}
