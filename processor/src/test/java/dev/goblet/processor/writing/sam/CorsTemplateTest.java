package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.goblet.internal.GatewayError;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.TemplateChecks;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template and document of an app with CORS: a mock preflight per CORS path as Chalice's template has it,
 * API Gateway's own errors in Chalice's body with the CORS headers, and a template CloudFormation and SAM take.
 */
class CorsTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    private JsonNode body;

    @BeforeEach
    void compile() throws IOException {
        assertThat(javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.codeUri=../lambda.zip"))
                .compile(SamTemplateWriterTest.source("good/CorsApp.java"))).succeededWithoutWarnings();
        body = YAML.readTree(dir.resolve("out/sam.yaml").toFile())
                .path("Resources").path("RestAPI").path("Properties").path("DefinitionBody");
    }

    @Test
    void eachCorsPathHasAMockPreflight() {
        JsonNode preflight = body.path("paths").path("/notes/{id}").path("options");
        JsonNode integration = preflight.path("x-amazon-apigateway-integration");
        assertThat(integration.path("type").asText()).isEqualTo("mock");
        assertThat(integration.path("requestTemplates").path("application/json").asText())
                .isEqualTo("{\"statusCode\": 200}");
        JsonNode headers = integration.path("responses").path("default").path("responseParameters");
        assertThat(headers.path("method.response.header.Access-Control-Allow-Methods").asText())
                .isEqualTo("'GET,DELETE,OPTIONS'");
        assertThat(headers.path("method.response.header.Access-Control-Allow-Origin").asText())
                .isEqualTo("'https://app.example.com'");
        assertThat(headers.path("method.response.header.Access-Control-Allow-Headers").asText())
                .isEqualTo("'Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key,X-Request-Id'");
        assertThat(headers.path("method.response.header.Access-Control-Max-Age").asText()).isEqualTo("'600'");
        assertThat(preflight.path("responses").path("200").path("headers").has("Access-Control-Allow-Methods"))
                .isTrue();
        assertThat(body.path("paths").path("/notes").path("options").path("x-amazon-apigateway-integration")
                .path("responses").path("default").path("responseParameters")
                .path("method.response.header.Access-Control-Allow-Methods").asText()).isEqualTo("'GET,POST,OPTIONS'");
        assertThat(body.path("paths").path("/status").path("options").path("x-amazon-apigateway-integration")
                .path("responses").path("default").path("responseParameters")
                .path("method.response.header.Access-Control-Allow-Origin").asText()).isEqualTo("'*'");
        assertThat(body.path("paths").path("/internal").has("options")).isFalse();
        assertThat(body.path("paths").path("/notes").path("get").path("x-amazon-apigateway-integration")
                .path("type").asText()).isEqualTo("aws_proxy");
    }

    @Test
    void gatewayErrorsAnswerInChalicesShapeWithTheAppsCors() {
        JsonNode responses = body.path("x-amazon-apigateway-gateway-responses");
        List<String> types = new ArrayList<>();
        responses.fieldNames().forEachRemaining(types::add);
        assertThat(types).contains("MISSING_AUTHENTICATION_TOKEN", "BAD_REQUEST_BODY", "BAD_REQUEST_PARAMETERS",
                "UNAUTHORIZED", "ACCESS_DENIED", "THROTTLED", "REQUEST_TOO_LARGE", "DEFAULT_4XX", "DEFAULT_5XX");
        assertThat(types).hasSize(GatewayError.values().length);
        JsonNode missing = responses.path("MISSING_AUTHENTICATION_TOKEN");
        assertThat(missing.path("responseTemplates").path("application/json").asText())
                .isEqualTo("{\"Code\":\"MissingAuthenticationTokenError\",\"Message\":$context.error.messageString}");
        assertThat(missing.path("responseParameters").path("gatewayresponse.header.Access-Control-Allow-Origin")
                .asText()).isEqualTo("'https://app.example.com'");
        assertThat(responses.path("THROTTLED").path("responseTemplates").path("application/json").asText())
                .contains("\"Code\":\"TooManyRequestsError\"");
    }

    @Test
    void theDocumentDeclaresThePreflightsAndParsesCleanly() throws IOException {
        OpenAPI document = OpenApiDocuments.parseCleanly(Files.readString(dir.resolve("out/openapi.json")));
        Operation preflight = document.getPaths().get("/notes/{id}").getOptions();
        assertThat(preflight.getOperationId()).isEqualTo("notePreflight");
        assertThat(preflight.getParameters()).extracting("name").containsExactly("id");
        assertThat(preflight.getResponses().get("200").getHeaders())
                .containsKeys("Access-Control-Allow-Methods", "Access-Control-Allow-Origin");
    }

    @Test
    void theTemplatePassesCfnLintAndTheSamTranslator() throws IOException {
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(1);
    }
}
