package dev.goblet.event;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of an event function, as an {@link EventMiddleware} sees it: the function's name, the event as
 * Lambda delivered it (a JSON tree: the SQS batch, the SNS notification, a pure function's payload) and the Lambda
 * context. Immutable: {@link #withEvent} makes the call with another event.
 */
public final class EventCall {
    private final String function;
    private final JsonNode event;
    private final Context lambdaContext;

    public EventCall(String function, JsonNode event, Context lambdaContext) {
        this.function = function;
        this.event = event;
        this.lambdaContext = lambdaContext;
    }

    /** The Goblet function's name, such as {@code welcome} or {@code name_lengths}. */
    public String function() {
        return function;
    }

    /** The event, whole; do not change it: pass another with {@link #withEvent}. */
    public JsonNode event() {
        return event;
    }

    /** The Lambda context of the invocation; null outside Lambda when none was given. */
    public Context lambdaContext() {
        return lambdaContext;
    }

    /** This call with {@code event} instead, for the rest of the chain. */
    public EventCall withEvent(JsonNode event) {
        return new EventCall(function, event, lambdaContext);
    }

    @Override
    public String toString() {
        return "EventCall[" + function + "]";
    }
}
