package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.local.LocalServer;
import dev.goblet.local.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's writes are behind IAM once deployed; the local server lets the walkthrough's unsigned requests
 * through and says, once, that it does not check signatures. Reads say nothing of IAM.
 */
class WritesBehindIamTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static LocalUsersService service;
    private static LocalServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        service = LocalUsersService.start();
        server = LocalServer.start(service.handler(), ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(LOG, true, StandardCharsets.UTF_8)));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theWalkthroughsUnsignedWritesPassLocallyWithANote() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/users/nobody")).GET());
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("behind IAM");

        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"john\", \"email\":\"john@example.com\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(uri("/users/john")).DELETE()).statusCode()).isEqualTo(204);

        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("POST /users is behind IAM: the local server lets it through without checking a"
                + " SigV4 signature");
        assertThat(log.split("behind IAM", -1)).as("said once").hasSize(2);
    }

    private static URI uri(String path) {
        return server.uri().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
