package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.sample.SampleAppHandler;
import dev.goblet.testing.PayloadVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives the local server over real HTTP on 127.0.0.1: every status, header and body case of the runtime. */
class LocalServerTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static LocalServer server;
    private static LocalServer httpApiServer;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
        ServerOptions options = ServerOptions.defaults().withPort(0).withLog(log);
        server = LocalServer.start(new SampleAppHandler(), options);
        httpApiServer = LocalServer.start(new SampleAppHandler(),
                options.withPayload(PayloadVersion.HTTP_2_0).withStage("dev"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        httpApiServer.close();
    }

    @Test
    void bindsLoopbackOnTheFreePortItReports() {
        assertThat(server.port()).isPositive().isNotEqualTo(ServerOptions.DEFAULT_PORT);
        assertThat(server.uri()).hasToString("http://127.0.0.1:" + server.port());
    }

    @Test
    void answersJsonWith200() throws Exception {
        HttpResponse<String> response = send(get("/hello"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(response)).isEqualTo(JsonBodies.MAPPER.readTree("{\"hello\": \"world\"}"));
    }

    @Test
    void bindsAJsonBodyAndAnswers201() throws Exception {
        HttpResponse<String> response = send(request("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"ana\", \"email\": \"ana@example.com\"}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("username").asText()).isEqualTo("ana");
        assertThat(json(response).get("email").asText()).isEqualTo("ana@example.com");
    }

    @Test
    void answers204WithNoBody() throws Exception {
        HttpResponse<String> response = send(request("/users/ana").DELETE());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void readsPathVariables() throws Exception {
        HttpResponse<String> response = send(get("/users/j%C3%BCrgen"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("username").asText()).isEqualTo("jürgen");
    }

    @Test
    void passesRepeatedQueryParametersAndHeadersAndWritesMultiValueHeaders() throws Exception {
        HttpResponse<String> response = send(request("/echo?count=1&count=2&count=3")
                .header("X-Tag", "red").header("X-Tag", "blue").header("User-Agent", "goblet-test").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = json(response);
        assertThat(seen.get("counts").toString()).isEqualTo("[1,2,3]");
        assertThat(seen.get("tags").toString()).isEqualTo("[\"red\",\"blue\"]");
        assertThat(response.headers().allValues("X-Echo")).containsExactly("first", "second");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void givesTheHandlerARealisticRequestContext() throws Exception {
        JsonNode seen = json(send(request("/echo").header("User-Agent", "goblet-test").GET()));

        assertThat(seen.get("stage").asText()).isEqualTo("api");
        assertThat(seen.get("requestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(seen.get("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(seen.get("userAgent").asText()).isEqualTo("goblet-test");
        assertThat(seen.get("path").asText()).isEqualTo("/echo");
    }

    @Test
    void givesEachRequestItsOwnRequestId() throws Exception {
        String first = json(send(get("/echo"))).get("requestId").asText();
        String second = json(send(get("/echo"))).get("requestId").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void sendsBinaryBodiesBothWays() throws Exception {
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        // A REST API answers bytes only to a request whose first Accept type is binary (LocalBinaryTest).
        HttpResponse<byte[]> response = client.send(request("/binary")
                .header("Content-Type", "application/octet-stream").header("Accept", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.body()).hasSize(256);
        for (int i = 0; i < body.length; i++) {
            assertThat(response.body()[i]).isEqualTo((byte) (255 - i));
        }
    }

    @Test
    void answers400OnMalformedJson() throws Exception {
        HttpResponse<String> response = send(request("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": ")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("Code").asText()).isEqualTo("BadRequestError");
    }

    @Test
    void answersAMissingRouteAsTheRestApiDoesInChalicesShape() throws Exception {
        HttpResponse<String> unknownPath = send(get("/nowhere"));
        HttpResponse<String> unknownUser = send(get("/users/nobody"));

        assertThat(unknownPath.statusCode()).isEqualTo(403);
        assertThat(json(unknownPath).get("Code").asText()).isEqualTo("MissingAuthenticationTokenError");
        assertThat(json(unknownPath).get("Message").asText()).isEqualTo("Missing Authentication Token");
        assertThat(unknownUser.statusCode()).as("the route's own 404").isEqualTo(404);
        assertThat(json(unknownUser).get("Message").asText()).isEqualTo("No user nobody");
    }

    @Test
    void answersAMissingMethodWith403AndOnAnHttpApiWith405AndAllow() throws Exception {
        HttpResponse<String> rest = send(request("/users/ana")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(rest.statusCode()).isEqualTo(403);
        assertThat(json(rest).get("Code").asText()).isEqualTo("MissingAuthenticationTokenError");

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(httpApiServer.uri().resolve("/users/ana"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).get("Code").asText()).isEqualTo("MethodNotAllowedError");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, DELETE");
    }

    @Test
    void answers413ForBodiesOverTenMegabytes() throws Exception {
        byte[] body = new byte[LocalGateway.MAX_BODY_BYTES + 1];

        HttpResponse<String> response = send(request("/binary").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("Code").asText()).isEqualTo("RequestEntityTooLargeError");
        assertThat(json(response).get("Message").asText()).contains("10485760 bytes");
    }

    @Test
    void takesABodyOfExactlyTenMegabytes() throws Exception {
        byte[] body = new byte[LocalGateway.MAX_BODY_BYTES];
        body[0] = 7;

        // A REST API answers bytes only to a request whose first Accept type is binary (LocalBinaryTest).
        HttpResponse<byte[]> response = client.send(request("/binary")
                .header("Content-Type", "application/octet-stream").header("Accept", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).hasSize(LocalGateway.MAX_BODY_BYTES);
        assertThat(response.body()[LocalGateway.MAX_BODY_BYTES - 1]).isEqualTo((byte) 7);
    }

    @Test
    void answers415ForABodyOfAnotherType() throws Exception {
        HttpResponse<String> response = send(request("/users").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ana")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("Code").asText()).isEqualTo("UnsupportedMediaType");
    }

    @Test
    void answers500RevealingNothing() throws Exception {
        HttpResponse<String> response = send(get("/boom"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).get("Code").asText()).isEqualTo("InternalServerError");
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void answers200ParallelRequestsEachCorrectly() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(client.sendAsync(get("/users/user" + i).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).get();

        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = answers.get(i).get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("username").asText()).isEqualTo("user" + i);
        }
    }

    @Test
    void logsOneLinePerRequest() throws Exception {
        send(get("/users/logged?x=1"));

        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).containsPattern("(?m)^GET /users/logged\\?x=1 200 \\d+ ms$");
    }

    @Test
    void servesHttpApiPayloadsWithTheirStageAndHeaders() throws Exception {
        URI uri = httpApiServer.uri().resolve("/echo?count=4&count=5");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                .header("X-Tag", "red").header("X-Tag", "blue").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = json(response);
        assertThat(seen.get("stage").asText()).isEqualTo("dev");
        assertThat(seen.get("path").asText()).isEqualTo("/echo");
        assertThat(seen.get("counts").toString()).isEqualTo("[4,5]");
        // Payload 2.0 joins repeated headers with commas, both ways.
        assertThat(seen.get("tags").toString()).isEqualTo("[\"red,blue\"]");
        assertThat(response.headers().allValues("X-Echo")).containsExactly("first,second");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void sendsBinaryBodiesOverHttpApiPayloads() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(httpApiServer.uri().resolve("/binary"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, (byte) 0xff})).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsExactly((byte) 0xff, 2, 1);
    }

    @Test
    void servesTheOpenApiDocumentPointingAtItself() throws Exception {
        HttpResponse<String> response = send(get("/openapi.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").has("/users/{username}")).isTrue();
        assertThat(document.path("servers").get(0).get("url").asText()).isEqualTo(server.uri().toString());
    }

    @Test
    void servesTheDocsPageAndItsScriptsFromTheWebjar() throws Exception {
        HttpResponse<String> page = send(get("/docs"));
        HttpResponse<String> script = send(get("/docs/swagger-ui/swagger-ui-bundle.js"));
        HttpResponse<String> escape = send(get("/docs/swagger-ui/..%2F..%2Fpom.properties"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("/docs/swagger-ui/swagger-ui-bundle.js", "url: \"/openapi.json\"")
                .doesNotContain("https://");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(escape.statusCode()).isEqualTo(404);
    }

    @Test
    void stopsAndFreesItsPort() throws Exception {
        LocalServer shortLived = LocalServer.start(new SampleAppHandler(),
                ServerOptions.defaults().withPort(0).withLog(new PrintStream(new ByteArrayOutputStream())));
        URI uri = shortLived.uri().resolve("/hello");
        assertThat(client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        shortLived.close();
        shortLived.awaitStop();

        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", shortLived.port()));
            assertThat(socket.isBound()).isTrue();
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonBodies.MAPPER.readTree(response.body());
    }
}
