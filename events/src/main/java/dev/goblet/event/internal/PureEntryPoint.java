package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;

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

    @Override
    protected final JsonNode answer(JsonNode payload, Context context) throws Exception {
        Object result = invoke(payload, context);
        return result == null ? JsonBodies.MAPPER.nullNode() : JsonBodies.MAPPER.valueToTree(result);
    }
}
