package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.benchmarks.baseline.UsersStreamHandler;
import dev.goblet.benchmarks.goblet.UsersApi;
import dev.goblet.benchmarks.goblet.WebApiHandler;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The baseline is only a floor if it does the same work: both handlers, each on its own store, answer the same
 * events with the same status, content type and JSON body, through their Lambda entry points.
 */
class SameApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebApiHandler goblet = new WebApiHandler(new UsersApi(new InMemoryUserStore()));
    private final UsersStreamHandler baseline = new UsersStreamHandler(new InMemoryUserStore());

    @Test
    void theBenchmarkStreamGetsTheSameAnswersWithTheExpectedStatuses() throws Exception {
        List<String> lines = new ArrayList<>(ProxyEvents.userStream(20));
        lines.add(0, "201\t" + ProxyEvents.createUser("jdoe"));
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String event = line.substring(tab + 1);
            JsonNode fromGoblet = answer(goblet::handleRequest, event);
            JsonNode fromBaseline = answer(baseline::handleRequest, event);
            assertThat(fromGoblet.get("statusCode").asInt()).as(event).isEqualTo(Integer.parseInt(line.substring(0, tab)));
            assertSame(fromGoblet, fromBaseline, event);
        }
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
                ProxyEvents.rest("GET", "/users", "/users", Map.of("limit", "0"), null));
        List<Integer> statuses = new ArrayList<>();
        for (String event : events) {
            JsonNode fromGoblet = answer(goblet::handleRequest, event);
            JsonNode fromBaseline = answer(baseline::handleRequest, event);
            statuses.add(fromGoblet.get("statusCode").asInt());
            assertSame(fromGoblet, fromBaseline, event);
        }
        assertThat(statuses).containsExactly(201, 409, 400, 404, 404, 400, 400);
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
