package dev.goblet.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.testing.Events;
import dev.goblet.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event middleware order, kinds, replaced events and short-circuits through the entry points generated for
 * {@link EventLayersApp}.
 */
class EventMiddlewareTest {
    private final EventLayersApp app = new EventLayersApp();
    private final TestClient client = TestClient.of(new EventLayersCountHandler(app), new EventLayersJobHandler(app));

    @Test
    void middlewareOfEveryKindAndOfTheFunctionsKindRunInDeclaredOrder() {
        JsonNode answer = client.lambda().invoke("count", List.of("a", "b"));

        assertThat(answer.asInt()).isEqualTo(2);
        assertThat(app.seen).containsExactly("trace in count", "shape count", "count 2", "trace out count");
    }

    @Test
    void aMiddlewareReplacesTheEventOrAnswersItself() {
        assertThat(client.lambda().invoke("count", 3).asInt()).isEqualTo(3);
        assertThat(app.seen).contains("count 3");

        app.seen.clear();
        assertThat(client.lambda().invoke("count", "skip").asInt()).isEqualTo(-1);
        assertThat(app.seen).containsExactly("trace in count", "shape count", "trace out count");
    }

    @Test
    void aQueueFunctionGetsOnlyTheMiddlewareOfEveryKindAroundItsWholeBatch() {
        client.lambda().invoke("job", Events.sqs().message("one").build());
        assertThat(app.seen).containsExactly("trace in job", "job one", "trace out job");

        app.seen.clear();
        JsonNode answer = client.lambda().invoke("job", Events.sqs().message("m1", "fail").build());
        assertThat(app.seen).containsExactly("trace in job", "job fail", "trace out job");
        assertThat(answer.toString()).as("the answer the middleware passes on")
                .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m1\"}]}");
    }
}
