package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.local.secured.SecuredAppHandler;
import dev.goblet.sample.SampleAppHandler;
import dev.goblet.testing.PayloadVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local server playing the API of a stage's {@code api_type}, over real HTTP: an HTTP API sends payload 2.0 on
 * its named stage and answers what no route has with its own 404 {@code {"message":"Not Found"}}, its authorizers'
 * refusals in the same shape; a function URL sends 2.0 on {@code $default}, and every request reaches the function.
 */
class LocalApiTypesTest {
    private static LocalServer httpApi;
    private static LocalServer functionUrl;
    private static LocalServer securedHttpApi;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        ServerOptions options = ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(OutputStream.nullOutputStream()));
        httpApi = LocalServer.start(new SampleAppHandler(), options.withApi(ApiKind.HTTP).withStage("v1"));
        functionUrl = LocalServer.start(new SampleAppHandler(), options.withApi(ApiKind.FUNCTION_URL));
        securedHttpApi = LocalServer.start(new SecuredAppHandler(), options.withApi(ApiKind.HTTP));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        httpApi.close();
        functionUrl.close();
        securedHttpApi.close();
    }

    @Test
    void anHttpApiSendsPayload2OnItsStage() throws Exception {
        assertThat(httpApi.options().payload()).isEqualTo(PayloadVersion.HTTP_2_0);
        HttpResponse<String> response = send(httpApi, "/echo?count=1&count=2", "GET");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = json(response);
        assertThat(seen.path("stage").asText()).isEqualTo("v1");
        assertThat(seen.path("path").asText()).isEqualTo("/echo");
        assertThat(seen.path("counts").toString()).isEqualTo("[1,2]");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void anHttpApiAnswersAMissingRouteOrMethodWithItsOwn404() throws Exception {
        for (HttpResponse<String> missing : new HttpResponse[] {send(httpApi, "/nowhere", "GET"),
                send(httpApi, "/users/ana", "PATCH")}) {
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"message\":\"Not Found\"}");
        }
    }

    @Test
    void anHttpApisAuthorizersRefuseInItsShapeWithTheCorsHeaders() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(securedHttpApi.uri().resolve("/me"))
                .header("Origin", "https://app.example.com").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
    }

    @Test
    void aFunctionUrlSendsEveryRequestToTheFunctionOnTheDefaultStage() throws Exception {
        JsonNode seen = json(send(functionUrl, "/echo", "GET"));
        assertThat(seen.path("stage").asText()).isEqualTo("$default");
        assertThat(seen.path("path").asText()).isEqualTo("/echo");

        HttpResponse<String> missing = send(functionUrl, "/nowhere", "GET");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("Code").asText()).as("the handler's own answer").isEqualTo("NotFoundError");
    }

    private static HttpResponse<String> send(LocalServer server, String target, String method) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + target))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonBodies.MAPPER.readTree(response.body());
    }
}
