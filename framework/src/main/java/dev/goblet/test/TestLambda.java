package dev.goblet.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.LambdaEntryPoint;
import java.util.UUID;

/**
 * Invokes an app's functions directly, as {@code aws lambda invoke} would: a payload in, the function's raw
 * result out. The API's function is named {@value #API_HANDLER}, as Chalice names it.
 */
public final class TestLambda {
    /** The name of the function that serves the REST API. */
    public static final String API_HANDLER = "api_handler";

    private final LambdaEntryPoint handler;

    TestLambda(LambdaEntryPoint handler) {
        this.handler = handler;
    }

    /**
     * Invokes {@code functionName} with {@code payload} (a {@link JsonNode}, or any value Jackson writes as JSON,
     * such as an event from {@link Events}) and returns what the function returned.
     *
     * @throws IllegalArgumentException when the app has no function of that name
     */
    public JsonNode invoke(String functionName, Object payload) {
        if (!API_HANDLER.equals(functionName)) {
            throw new IllegalArgumentException("No function named '" + functionName + "'; this app has: "
                    + API_HANDLER);
        }
        JsonNode event = payload instanceof JsonNode node ? node : JsonBodies.MAPPER.valueToTree(payload);
        return handler.handleEvent(event, InvocationContext.of(UUID.randomUUID().toString(), functionName));
    }
}
