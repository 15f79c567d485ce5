package dev.goblet.event.internal;


import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.SqsMessage;
import java.util.List;

/**
 * The base of a function that takes a whole SQS batch at once: the batch succeeds or fails as one, and a failure is
 * reported as every message of it in {@code batchItemFailures}, so that the queue delivers them all again.
 */
public abstract class SqsBatchEntryPoint extends EventEntryPoint {
    /** Handles the batch; throwing fails every message of it. */
    protected abstract void handle(List<SqsMessage> batch, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) {
        List<SqsMessage> batch = EventViews.sqsMessages(event);
        try {
            handle(batch, context);
            return SqsEntryPoint.batchItemFailures(List.of());
        } catch (Throwable e) {
            log(context, "A batch of " + batch.size() + " messages failed in function " + functionName()
                    + "; the queue will deliver them again", e);
            return SqsEntryPoint.batchItemFailures(batch.stream().map(SqsMessage::messageId).toList());
        }
    }
}
