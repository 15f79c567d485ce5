package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.local.LocalServer;
import dev.goblet.local.ServerOptions;
import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The users service behind the local server, over real HTTP on 127.0.0.1, under load and faults at once: slow
 * clients holding connections open while bursts of concurrent creates race for the same usernames. Bounded: a
 * fixed number of requests, each with a timeout.
 */
@ExtendWith(DynaliteExtension.class)
class LocalServerLoadTest {
    private static final int USERNAMES = 10;
    private static final int CREATES_PER_USERNAME = 8;
    private static final int SLOW_CLIENTS = 24;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void concurrentCreatesOverHttpGiveOne201PerUsernameWhileSlowClientsHang(Dynalite dynalite) throws Exception {
        String table = "users-" + UUID.randomUUID();
        List<Socket> slow = new ArrayList<>();
        try (DynamoDbClient client = dynalite.client(); LocalServer server = LocalServer.start(
                new WebApiHandler(new UsersApi(new DynamoUserStore(client, table),
                        new CursorCodec("load-key".getBytes(StandardCharsets.UTF_8)))),
                ServerOptions.defaults().withPort(0).withLog(new PrintStream(OutputStream.nullOutputStream())))) {
            UsersTable.createIfAbsent(client, table);
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowRequest(server.port()));
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int n = 0; n < CREATES_PER_USERNAME; n++) {
                for (int u = 0; u < USERNAMES; u++) {
                    String body = "{\"username\":\"user" + u + "\",\"email\":\"u" + u + "-" + n + "@example.com\"}";
                    sent.add(http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/users"))
                            .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }

            Map<String, Long> createdPerUsername = answers.stream().filter(a -> a.statusCode() == 201)
                    .collect(Collectors.groupingBy(a -> field(a, "username"), Collectors.counting()));
            assertThat(createdPerUsername).hasSize(USERNAMES).allSatisfy((name, count) -> assertThat(count)
                    .as(name).isEqualTo(1));
            assertThat(answers).filteredOn(a -> a.statusCode() != 201)
                    .hasSize(USERNAMES * (CREATES_PER_USERNAME - 1))
                    .allSatisfy(a -> {
                        assertThat(a.statusCode()).isEqualTo(409);
                        assertThat(field(a, "Code")).isEqualTo("ConflictError");
                    });
            for (int u = 0; u < USERNAMES; u++) {
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(server.uri().resolve("/users/user" + u))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(read.statusCode()).isEqualTo(200);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** A create whose body, announced as 1000 bytes, never comes past its first byte. */
    private static Socket startSlowRequest(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(("POST /users HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static String field(HttpResponse<String> answer, String name) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body.path(name).asText();
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }
}
