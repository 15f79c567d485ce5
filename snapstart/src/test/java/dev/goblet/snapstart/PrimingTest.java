package dev.goblet.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.snapstart.app.NotesApp;
import dev.goblet.snapstart.app.NotesHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The priming contract on a real generated entry point (compiled by the processor with this module on the classpath):
 * every route's event goes through the handler, and none of the app's methods, middleware or exception handlers run.
 */
class PrimingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void primingRunsEveryRouteButNoneOfTheAppsCode() {
        NotesApp app = new NotesApp();
        NotesHandler handler = new NotesHandler(app);

        String log = standardError(handler::prime);

        assertThat(app.calls).as("the app's methods, middleware and exception handlers").isEmpty();
        assertThat(app.store).isEmpty();
        assertThat(log).as("every sample binds: nothing to report").isEmpty();
    }

    @Test
    void afterPrimingTheHandlerAnswersAsBefore() throws IOException {
        NotesApp app = new NotesApp();
        NotesHandler handler = new NotesHandler(app);
        handler.prime();

        JsonNode created = invoke(handler, """
                {"resource": "/notes", "path": "/notes", "httpMethod": "POST",
                 "headers": {"Content-Type": "application/json"},
                 "multiValueHeaders": {"Content-Type": ["application/json"]},
                 "requestContext": {"requestId": "r1", "stage": "api"},
                 "body": "{\\"text\\": \\"hi\\", \\"color\\": \\"RED\\", \\"tags\\": []}", "isBase64Encoded": false}
                """);

        assertThat(created.path("statusCode").asInt()).isEqualTo(201);
        assertThat(JSON.readTree(created.path("body").asText()).path("text").asText()).isEqualTo("hi");
        assertThat(app.calls).containsExactly("middleware", "create");
        assertThat(app.store).hasSize(1);
    }

    @Test
    void aFailingPrimeNeverBreaksTheCheckpoint() {
        SnapStartPriming priming = SnapStartPriming.register("api_handler", () -> {
            throw new StackOverflowError("a bug in prime()");
        });

        String log = standardError(() -> assertThatCode(() -> priming.beforeCheckpoint(null)).doesNotThrowAnyException());

        assertThat(log).contains("priming of function api_handler stopped").doesNotContain("\tat ");
    }

    @Test
    void aSampleTheTypeRefusesIsReportedNotThrown() {
        String log = standardError(() -> SnapStartPriming.codec(dev.goblet.snapstart.app.NotesJson.NOTE,
                "{\"text\": \" \", \"color\": \"RED\", \"tags\": []}"));

        assertThat(log).contains("a priming sample did not bind");
    }

    private static JsonNode invoke(NotesHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.readTree(out.toByteArray());
    }

    /** What {@code action} writes to standard error. */
    private static String standardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
