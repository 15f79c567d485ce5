package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.benchmarks.baseline.PageCursors;
import dev.goblet.benchmarks.baseline.UsersStreamHandler;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.CursorCodec;
import dev.goblet.example.users.UsersApi;
import dev.goblet.example.users.WebApiHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The baseline is only a floor if it does the same work: the users service's generated handler and the baseline,
 * each on its own store, answer the benchmark's events with the same status, content type and JSON body (page
 * cursors included), and errors with the same status and code, through their Lambda entry points.
 */
class SameApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cursor key and one clock for both, so that their page cursors (which expire) can be compared. */
    private static final String CURSOR_KEY = "same-api-test-key";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    private final WebApiHandler goblet = new WebApiHandler(new UsersApi(new InMemoryUserStore(),
            new CursorCodec(CURSOR_KEY.getBytes(StandardCharsets.UTF_8), CLOCK)));
    private final UsersStreamHandler baseline = new UsersStreamHandler(new InMemoryUserStore(),
            new PageCursors(Map.of("USERS_CURSOR_KEY", CURSOR_KEY), CLOCK));

    @Test
    void theBenchmarkStreamGetsTheSameAnswersWithTheExpectedStatuses() throws Exception {
        List<String> lines = new ArrayList<>(ProxyEvents.userStream(20));
        lines.add(0, "201\t" + ProxyEvents.createUser("jdoe"));
        int pages = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String event = line.substring(tab + 1);
            JsonNode fromGoblet = answer(goblet::handleRequest, event);
            JsonNode fromBaseline = answer(baseline::handleRequest, event);
            int expected = Integer.parseInt(line.substring(0, tab));
            assertThat(fromGoblet.get("statusCode").asInt()).as(event).isEqualTo(expected);
            assertSame(fromGoblet, fromBaseline, event);
            if (event.contains("\"limit\"")) {
                pages++;
                assertThat(JSON.readTree(fromGoblet.get("body").asText()).get("users")).as(event).hasSize(10);
            }
        }
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void errorsGetTheSameStatusAndCode() throws Exception {
        List<String> events = List.of(
                ProxyEvents.createUser("jdoe"),
                ProxyEvents.createUser("jdoe"),
                ProxyEvents.createUser("Not Valid"),
                ProxyEvents.rest("GET", "/users/{username}", "/users/nobody", Map.of(), null),
                ProxyEvents.rest("DELETE", "/users/{username}", "/users/nobody", Map.of(), null),
                ProxyEvents.rest("PUT", "/users/{username}", "/users/jdoe", Map.of(), "{}"),
                ProxyEvents.rest("GET", "/users", "/users", Map.of("limit", "0"), null),
                ProxyEvents.rest("GET", "/users", "/users", Map.of("next", "forged.cursor"), null),
                ProxyEvents.rest("POST", "/users", "/users", Map.of(), "{\"username\":\"big\","
                        + "\"email\":\"big@example.com\",\"displayName\":\"" + "x".repeat(5000) + "\"}"));
        List<Integer> statuses = new ArrayList<>();
        for (String event : events) {
            JsonNode fromGoblet = answer(goblet::handleRequest, event);
            JsonNode fromBaseline = answer(baseline::handleRequest, event);
            statuses.add(fromGoblet.get("statusCode").asInt());
            assertSameError(fromGoblet, fromBaseline, event);
        }
        assertThat(statuses).containsExactly(201, 409, 400, 404, 404, 400, 400, 400, 413);
    }

    private static void assertSame(JsonNode fromGoblet, JsonNode fromBaseline, String event) throws Exception {
        assertThat(fromBaseline.get("statusCode")).as(event).isEqualTo(fromGoblet.get("statusCode"));
        assertThat(fromBaseline.path("headers").path("Content-Type"))
                .isEqualTo(fromGoblet.path("headers").path("Content-Type"));
        String gobletBody = fromGoblet.get("body").asText();
        String baselineBody = fromBaseline.get("body").asText();
        if (gobletBody.isEmpty()) {
            assertThat(baselineBody).isEmpty();
        } else {
            assertThat(JSON.readTree(baselineBody)).as(event).isEqualTo(JSON.readTree(gobletBody));
        }
    }

    /** Error messages may be worded apart (Goblet's binding writes its own); status and code must agree. */
    private static void assertSameError(JsonNode fromGoblet, JsonNode fromBaseline, String event) throws Exception {
        assertThat(fromBaseline.get("statusCode")).as(event).isEqualTo(fromGoblet.get("statusCode"));
        String body = fromGoblet.get("body").asText();
        if (!body.isEmpty() && fromGoblet.get("statusCode").asInt() >= 400) {
            assertThat(JSON.readTree(fromBaseline.get("body").asText()).get("Code")).as(event)
                    .isEqualTo(JSON.readTree(body).get("Code"));
        }
    }

    private static JsonNode answer(StreamHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.readTree(out.toByteArray());
    }

    /** {@code RequestStreamHandler.handleRequest}, as a method reference. */
    private interface StreamHandler {
        void handle(java.io.InputStream in, java.io.OutputStream out, com.amazonaws.services.lambda.runtime.Context c)
                throws Exception;
    }
}
