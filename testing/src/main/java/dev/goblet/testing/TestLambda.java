package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.function.GobletFunction;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Invokes an app's functions directly, as {@code aws lambda invoke} would: a payload in, the function's raw
 * result out. Functions go by their stage-config names; the API's is {@value GobletFunction#API_HANDLER}, as
 * Chalice names it.
 */
public final class TestLambda {
    private final List<GobletFunction> functions;

    TestLambda(List<GobletFunction> functions) {
        this.functions = functions;
    }

    /**
     * Invokes {@code functionName} with {@code payload} (a {@link JsonNode}, or any value Jackson writes as JSON,
     * such as an event from {@link Events}) and returns what the function returned.
     *
     * @throws IllegalArgumentException when the app has no function of that name
     */
    public JsonNode invoke(String functionName, Object payload) {
        GobletFunction function = functions.stream().filter(f -> f.functionName().equals(functionName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function named '" + functionName
                        + "'; this app has: " + functions.stream().map(GobletFunction::functionName)
                        .collect(Collectors.joining(", "))));
        JsonNode event = payload instanceof JsonNode node ? node : TestJson.MAPPER.valueToTree(payload);
        return function.handleEvent(event, InvocationContext.of(UUID.randomUUID().toString(), functionName));
    }
}
