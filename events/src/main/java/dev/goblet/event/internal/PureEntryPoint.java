package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.JsonCodec;
import dev.goblet.internal.JsonCodecs;
import java.nio.charset.StandardCharsets;

/**
 * The base of a pure Lambda function: JSON in, JSON out, called by {@code aws lambda invoke}, an SDK or another
 * service. A payload that does not bind, or a method that throws, fails the invocation.
 */
public abstract class PureEntryPoint extends EventEntryPoint {
    /** Calls the method with {@code payload} bound to its parameter; returns what it returned (null for void). */
    protected abstract Object invoke(JsonNode payload, Context context) throws Exception;

    /** Binds the payload's JSON to {@code type}. */
    protected static <T> T bind(JsonNode payload, JavaType type) {
        return bind(payload, type, "payload");
    }

    /** Binds the payload's JSON with the app's generated {@code codec}. */
    protected static <T> T bind(JsonNode payload, JsonCodec<T> codec) {
        return bind(payload, codec, "payload");
    }

    /**
     * The answer written by the app's generated {@code codec}, as the tree {@link #invoke} hands back: the tree of
     * its JSON text, with no reflection on the answer's type.
     */
    protected static <T> JsonNode encoded(JsonCodec<T> codec, T answer) {
        return answer == null ? JsonBodies.MAPPER.nullNode()
                : JsonBodies.readTree(JsonCodecs.writeText(codec, answer).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected final JsonNode answer(JsonNode payload, Context context) throws Exception {
        Object result = invoke(payload, context);
        if (result instanceof JsonNode tree) {
            return tree;
        }
        return result == null ? JsonBodies.MAPPER.nullNode() : JsonBodies.MAPPER.valueToTree(result);
    }
}
