package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.internal.JsonBodies;

/** The base of a function on an EventBridge rule's events; a failure fails the invocation, and the rule retries. */
public abstract class EventBridgeEntryPoint extends EventEntryPoint {
    protected abstract void handle(EventBridgeEvent event, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) throws Exception {
        handle(EventViews.eventBridgeEvent(event), context);
        return JsonBodies.MAPPER.nullNode();
    }
}
