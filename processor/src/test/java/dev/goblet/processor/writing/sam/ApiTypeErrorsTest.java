package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an HTTP API or a function URL cannot do fails the build, naming the stage, the key or the route, and the
 * fix: REST-only keys in the stage, API keys, Lambda authorizers, a JWT authorizer without its audience, a function
 * URL in front of several functions or of IAM and public routes at once. No template is written then.
 */
class ApiTypeErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownApiTypeIsABadValue() throws IOException {
        Compilation compilation = compile("{\"api_type\": \"GRAPHQL\"}", "sam/good/ShopApi.java");
        assertThat(compilation).hadErrorContaining("[GobletConfigBadValue] Key 'api_type' in " + config()
                + " has the value \"GRAPHQL\", but it must be one of REST, HTTP or FUNCTION_URL");
    }

    @Test
    void restOnlyKeysAreRefusedForTheStagesThatAreNotRestApis() throws IOException {
        Compilation compilation = compile("""
                {"usage_plan": {"rate_limit": 5}, "minimum_compression_size": 1024,
                 "stages": {"prod": {"api_type": "HTTP", "api_gateway_endpoint_type": "EDGE"},
                            "eu": {"api_type": "HTTP", "api_gateway_endpoint_type": "REGIONAL",
                                   "usage_plan": {"rate_limit": 1}},
                            "fn": {"api_type": "FUNCTION_URL", "api_gateway_stage": "v1"}}}
                """, "sam/good/ShopApi.java");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[GobletConfigRestOnly] In " + config() + ", stage 'prod' sets"
                + " api_type to HTTP, so the app is served by an HTTP API, but also sets 'api_gateway_endpoint_type':"
                + " HTTP APIs are REGIONAL only (remove the key or set it to REGIONAL). Remove"
                + " 'api_gateway_endpoint_type' there, or deploy this stage as a REST API");
        assertThat(compilation).hadErrorContaining("stage 'prod' sets api_type to HTTP, so the app is served by an"
                + " HTTP API, but also sets 'usage_plan': API keys and usage plans are REST API features");
        assertThat(compilation).hadErrorContaining("stage 'prod' sets api_type to HTTP, so the app is served by an"
                + " HTTP API, but also sets 'minimum_compression_size': only REST APIs compress answers");
        assertThat(compilation).hadErrorContaining("stage 'eu' sets api_type to HTTP, so the app is served by an"
                + " HTTP API, but also sets 'usage_plan'");
        assertThat(compilation).hadErrorContaining("stage 'fn' sets api_type to FUNCTION_URL, so the app is served"
                + " by a function URL, but also sets 'api_gateway_stage': a function URL has no stage");
        // prod: endpoint type, usage plan, compression; eu: usage plan, compression; fn: stage, both top-level keys.
        assertThat(compilation).hadErrorCount(8);
    }

    @Test
    void apiKeysAndLambdaAuthorizersNeedARestApi() throws IOException {
        Compilation compilation = compile("{\"stages\": {\"prod\": {\"api_type\": \"HTTP\"}}}",
                "sam/good/AuthApp.java");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[GobletApiTypeApiKey] Route GET /partners (partners) of app"
                + " auth-app requires an API key (@ApiKeyRequired), but stage 'prod' of " + config() + " sets api_type"
                + " to HTTP: API keys and usage plans are REST API features, which an HTTP API does not have.");
        assertThat(compilation).hadErrorContaining("[GobletApiTypeAuthorizer] Route GET /partners (partners) of app"
                + " auth-app is behind the Lambda authorizer 'partners', but stage 'prod' of " + config()
                + " sets api_type to HTTP: Goblet deploys custom and built-in authorizers on REST APIs only");
        assertThat(compilation).hadErrorContaining("is behind the Lambda authorizer 'check_token'");
        assertThat(compilation).hadErrorContaining("[GobletApiTypeJwt] The @CognitoAuthorizer 'users' of app auth-app"
                + " gives no audiences, but stage 'prod' of " + config() + " sets api_type to HTTP");
        assertThat(compilation.errors()).allSatisfy(error ->
                assertThat(error.getSource().getName()).endsWith("AuthApp.java"));
        assertThat(Files.exists(dir.resolve("out/sam-prod.yaml"))).as("no template for an app in error").isFalse();
    }

    @Test
    void aFunctionUrlServesOneFunctionWithOneAuthType() throws IOException {
        Compilation mixed = compile("{\"api_type\": \"FUNCTION_URL\"}", "sam/good/HttpNotesApp.java");
        assertThat(mixed).failed();
        assertThat(mixed).hadErrorContaining("[GobletApiTypeAuthorizer] Route GET /notes (list) of app http-notes is"
                + " behind the Cognito authorizer 'users', but the top level of " + config() + " sets api_type to"
                + " FUNCTION_URL: a function URL checks only IAM signatures");
        assertThat(mixed).hadErrorContaining("[GobletApiTypeFunctionUrl] App http-notes has IAM routes (GET"
                + " /admin/stats (stats)) and public ones (GET /health (health))");

        Compilation split = compile("{\"api_type\": \"FUNCTION_URL\"}", "routefunctions/good/Shop.java",
                "routefunctions/good/Exports.java");
        assertThat(split).failed();
        assertThat(split).hadErrorCount(1);
        assertThat(split).hadErrorContaining("[GobletApiTypeFunctionUrl] App shop serves its routes from the"
                + " functions 'api_handler', 'reports', 'exports', but the top level of " + config() + " sets"
                + " api_type to FUNCTION_URL: a function URL is one function's");
    }

    private Path config() {
        return dir.resolve("config.json");
    }

    private Compilation compile(String json, String... sources) throws IOException {
        Files.writeString(config(), json);
        return javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config(), "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(Arrays.stream(sources).map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new));
    }
}
