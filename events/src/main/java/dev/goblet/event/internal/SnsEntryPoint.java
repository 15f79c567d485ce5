package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.SnsMessage;
import dev.goblet.internal.JsonBodies;

/** The base of a function subscribed to an SNS topic; a failure fails the invocation, and SNS retries it. */
public abstract class SnsEntryPoint extends EventEntryPoint {
    protected abstract void handle(SnsMessage message, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) throws Exception {
        for (SnsMessage message : EventViews.snsMessages(event)) {
            handle(message, context);
        }
        return JsonBodies.MAPPER.nullNode();
    }
}
