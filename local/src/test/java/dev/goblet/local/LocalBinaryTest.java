package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.sample.SampleAppHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Binary bodies over real HTTP as the deployed REST API treats them, by the app's binary media types: a request
 * body of a binary type reaches the app base64-encoded and comes back as bytes only to a request whose first
 * {@code Accept} type is binary; any other gets the base64 text. Playing an HTTP API, the server always decodes.
 */
class LocalBinaryTest {
    private static final byte[] BYTES = {1, 2, (byte) 0xff, 0};
    private static final byte[] REVERSED = {0, (byte) 0xff, 2, 1};
    private static LocalServer rest;
    private static LocalServer httpApi;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        ServerOptions options = ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(OutputStream.nullOutputStream()));
        rest = LocalServer.start(new SampleAppHandler(), options);
        httpApi = LocalServer.start(new SampleAppHandler(), options.withApi(ApiKind.HTTP));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        rest.close();
        httpApi.close();
    }

    @Test
    void aBinaryAcceptGetsTheBytes() throws Exception {
        HttpResponse<byte[]> response = post(rest, "application/octet-stream");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsExactly(REVERSED);
    }

    @Test
    void anyOtherAcceptGetsTheBase64Text() throws Exception {
        for (String accept : new String[] {null, "*/*", "application/json", "text/html,application/octet-stream"}) {
            HttpResponse<byte[]> response = post(rest, accept);
            assertThat(response.statusCode()).as("Accept %s", accept).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.US_ASCII)).as("Accept %s", accept)
                    .isEqualTo(Base64.getEncoder().encodeToString(REVERSED));
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        }
    }

    @Test
    void anHttpApiAlwaysDecodes() throws Exception {
        assertThat(post(httpApi, null).body()).containsExactly(REVERSED);
    }

    private static HttpResponse<byte[]> post(LocalServer server, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/binary"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BYTES));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
