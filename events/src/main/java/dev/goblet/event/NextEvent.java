package dev.goblet.event;

import com.fasterxml.jackson.databind.JsonNode;

/** What an {@link EventMiddleware} method calls to go on: the next middleware, or the function itself. */
@FunctionalInterface
public interface NextEvent {
    /**
     * Runs the rest of the chain on {@code call}; returns the function's answer (a pure function's result, an SQS
     * batch's failures, or null) and throws what it throws.
     */
    JsonNode proceed(EventCall call) throws Exception;
}
