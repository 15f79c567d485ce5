package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.internal.JsonBodies;

/** The base of a function on a bucket's object events; a failure fails the invocation, and S3 retries it. */
public abstract class S3EntryPoint extends EventEntryPoint {
    protected abstract void handle(S3ObjectEvent event, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) throws Exception {
        for (S3ObjectEvent object : EventViews.s3ObjectEvents(event)) {
            handle(object, context);
        }
        return JsonBodies.MAPPER.nullNode();
    }
}
