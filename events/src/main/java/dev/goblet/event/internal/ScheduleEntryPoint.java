package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.ScheduledEvent;
import dev.goblet.internal.JsonBodies;

/** The base of a function that EventBridge runs on a schedule; a failure fails the invocation. */
public abstract class ScheduleEntryPoint extends EventEntryPoint {
    protected abstract void handle(ScheduledEvent event, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) throws Exception {
        handle(EventViews.scheduledEvent(event), context);
        return JsonBodies.MAPPER.nullNode();
    }
}
