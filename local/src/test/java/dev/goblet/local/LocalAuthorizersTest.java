package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.local.secured.SecuredAppHandler;
import dev.goblet.testing.PayloadVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The local server plays API Gateway's authorizers over real HTTP on 127.0.0.1: the app's built-in authorizer runs
 * before its routes, Cognito tokens are decoded (not verified, and it says so), IAM and custom routes pass with a
 * note, a missing API key is a 403; every refusal in Chalice's shape with the app's CORS headers.
 */
class LocalAuthorizersTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final String ORIGIN = "https://app.example.com";
    private static LocalServer server;
    private static LocalServer httpApi;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
        ServerOptions options = ServerOptions.defaults().withPort(0).withLog(log);
        server = LocalServer.start(new SecuredAppHandler(), options);
        httpApi = LocalServer.start(new SecuredAppHandler(), options.withPayload(PayloadVersion.HTTP_2_0));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        httpApi.close();
    }

    @Test
    void aBuiltInAuthorizerAllowsAndTheRouteReadsItsSay() throws Exception {
        HttpResponse<String> response = send(server, get("/tokens/7").header("Authorization", "allow-ann"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode said = json(response);
        assertThat(said.path("principalId").asText()).isEqualTo("ann");
        assertThat(said.path("context").path("tenant").asText()).isEqualTo("acme");

        JsonNode overHttpApi = json(send(httpApi, get("/tokens/7").header("Authorization", "allow-ann")));
        assertThat(overHttpApi.path("context").path("tenant").asText()).isEqualTo("acme");
    }

    @Test
    void aRouteThePolicyDoesNotNameIsA403() throws Exception {
        HttpResponse<String> response = send(server, request("/admin").header("Authorization", "allow-ann")
                .header("Origin", ORIGIN).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("Code").asText()).isEqualTo("ForbiddenError");
        assertThat(json(response).path("Message").asText()).isEqualTo("User is not authorized to access this resource");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);

        HttpResponse<String> admin = send(server, request("/admin").header("Authorization", "admin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(send(server, get("/tokens/7").header("Authorization", "deny")).statusCode()).isEqualTo(403);
    }

    @Test
    void noTokenOrARejectedOneIsA401WithCorsHeaders() throws Exception {
        HttpResponse<String> missing = send(server, get("/tokens/7").header("Origin", ORIGIN));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).path("Code").asText()).isEqualTo("UnauthorizedError");
        assertThat(json(missing).path("Message").asText()).isEqualTo("Unauthorized");
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(missing.headers().firstValue("Access-Control-Allow-Headers")).isPresent();

        HttpResponse<String> rejected = send(server, get("/tokens/7").header("Authorization", "forged"));
        assertThat(rejected.statusCode()).isEqualTo(401);
        assertThat(rejected.body()).doesNotContain("not a token of ours");
    }

    @Test
    void aCognitoTokenIsDecodedNotVerifiedAndItsClaimsReachTheRoute() throws Exception {
        String token = jwt("{\"sub\":\"5f1c\",\"email\":\"ann@example.com\",\"scope\":\"notes/read\"}");
        HttpResponse<String> response = send(server, get("/me").header("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("principalId").asText()).isEqualTo("5f1c");
        assertThat(json(response).path("claims").path("email").asText()).isEqualTo("ann@example.com");
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("WITHOUT verifying");

        assertThat(send(server, get("/me")).statusCode()).isEqualTo(401);
        assertThat(send(server, get("/me").header("Authorization", "not-a-jwt")).statusCode()).isEqualTo(401);
    }

    @Test
    void aCognitoRouteWithScopesWantsOneOfThem() throws Exception {
        String reader = jwt("{\"sub\":\"1\",\"scope\":\"notes/read\"}");
        String writer = jwt("{\"sub\":\"2\",\"scope\":\"notes/read notes/write\"}");

        assertThat(send(server, request("/notes").header("Authorization", reader)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(send(server, request("/notes").header("Authorization", writer)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
    }

    @Test
    void iamAndCustomRoutesPassWithANote() throws Exception {
        assertThat(send(server, get("/iam")).statusCode()).isEqualTo(200);
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("is behind IAM");
        assertThat(send(server, get("/partners")).statusCode()).as("no token at all").isEqualTo(401);
        assertThat(send(server, get("/partners").header("Authorization", "anything")).statusCode()).isEqualTo(200);
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("custom authorizer 'partners'");
    }

    @Test
    void aMissingApiKeyIsA403() throws Exception {
        HttpResponse<String> missing = send(server, get("/metered").header("Origin", ORIGIN));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(json(missing).path("Code").asText()).isEqualTo("ForbiddenError");
        assertThat(json(missing).path("Message").asText()).isEqualTo("Forbidden");
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(send(server, get("/metered").header("x-api-key", "any-key")).statusCode()).isEqualTo(200);
    }

    @Test
    void aPinnedApiKeyIsTheOnlyOneAccepted() throws Exception {
        System.setProperty("goblet.apiKey", "the-key");
        LocalServer pinned;
        try {
            pinned = LocalServer.start(new SecuredAppHandler(), ServerOptions.defaults().withPort(0)
                    .withLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        } finally {
            System.clearProperty("goblet.apiKey");
        }
        try (pinned) {
            assertThat(send(pinned, get("/metered").header("x-api-key", "another")).statusCode()).isEqualTo(403);
            assertThat(send(pinned, get("/metered").header("x-api-key", "the-key")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void publicRoutesAndPreflightsNeedNothing() throws Exception {
        assertThat(send(server, get("/public")).statusCode()).isEqualTo(200);
        HttpResponse<String> preflight = send(server, request("/tokens/7").header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(200);
    }

    private static String jwt(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    /** Sends to {@code to}, whatever server the request was built for. */
    private static HttpResponse<String> send(LocalServer to, HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpRequest.Builder retargeted = HttpRequest.newBuilder(to.uri().resolve(built.uri().getRawPath()))
                .timeout(Duration.ofSeconds(30)).method(built.method(),
                        built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built.headers().map().forEach((name, values) -> values.forEach(value -> retargeted.header(name, value)));
        return client.send(retargeted.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonBodies.MAPPER.readTree(response.body());
    }
}
