package dev.goblet.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.snapstart.app.WorkersApp;
import dev.goblet.snapstart.app.WorkersCountNamesHandler;
import dev.goblet.snapstart.app.WorkersNightlyHandler;
import dev.goblet.snapstart.app.WorkersOnClickHandler;
import dev.goblet.snapstart.app.WorkersOnJobChangeHandler;
import dev.goblet.snapstart.app.WorkersOnJobEventHandler;
import dev.goblet.snapstart.app.WorkersOnNewsHandler;
import dev.goblet.snapstart.app.WorkersRunJobHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The priming contract on generated event-function entry points, one of each source: priming reads a synthetic
 * event of the source and binds its payload, and none of the app's methods or event middleware run.
 */
class EventPrimingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void primingRunsEveryFunctionButNoneOfTheAppsCode() {
        WorkersApp app = new WorkersApp();
        List<Runnable> primes = List.of(new WorkersRunJobHandler(app)::prime, new WorkersOnNewsHandler(app)::prime,
                new WorkersOnClickHandler(app)::prime, new WorkersOnJobChangeHandler(app)::prime,
                new WorkersOnJobEventHandler(app)::prime, new WorkersNightlyHandler(app)::prime,
                new WorkersCountNamesHandler(app)::prime);

        String log = standardError(() -> primes.forEach(Runnable::run));

        assertThat(app.calls).as("the app's methods and event middleware").isEmpty();
        assertThat(log).as("every sample binds and no event fails: nothing to report").isEmpty();
    }

    @Test
    void aSampleTheTypeRefusesIsLoggedNotThrown() {
        WorkersApp app = new WorkersApp();
        WorkersRunJobHandler handler = new WorkersRunJobHandler(app);

        String log = standardError(() -> SnapStartPriming.function(handler, """
                {"Records": [{"messageId": "m1", "body": "{\\"id\\": \\" \\", \\"size\\": 1, \\"priority\\": \\"LOW\\", \\"tags\\": []}"}]}
                """));

        assertThat(app.calls).isEmpty();
        assertThat(log).contains("Message m1 failed in function run_job");
    }

    @Test
    void afterPrimingTheFunctionsAnswerAsBefore() throws IOException {
        WorkersApp app = new WorkersApp();
        WorkersRunJobHandler jobs = new WorkersRunJobHandler(app);
        WorkersCountNamesHandler counter = new WorkersCountNamesHandler(app);
        jobs.prime();
        counter.prime();

        JsonNode batch = invoke(jobs, """
                {"Records": [{"messageId": "m1", "receiptHandle": "r", "eventSource": "aws:sqs",
                  "body": "{\\"id\\": \\"j1\\", \\"size\\": 3, \\"priority\\": \\"HIGH\\", \\"tags\\": [\\"a\\"]}"},
                 {"messageId": "m2", "receiptHandle": "r", "eventSource": "aws:sqs", "body": "not json"}]}
                """);
        JsonNode count = invoke(counter, "{\"names\": [\"ana\", \"bo\"]}");

        assertThat(batch.path("batchItemFailures").get(0).path("itemIdentifier").asText()).isEqualTo("m2");
        assertThat(batch.path("batchItemFailures")).hasSize(1);
        assertThat(count.path("count").asInt()).isEqualTo(2);
        assertThat(app.calls).containsExactly("middleware", "runJob j1", "middleware", "countNames");
    }

    private static JsonNode invoke(RequestStreamHandler handler, String event) throws IOException {
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
