package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.event.SqsMessage;
import dev.goblet.internal.JsonBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of a function fed by an SQS queue, with partial batch failures: each message is handled on its own, and
 * one whose handling throws is reported in {@code batchItemFailures}, so that the queue retries it alone while the
 * others are deleted. (The template turns on {@code ReportBatchItemFailures} for every SQS function.)
 */
public abstract class SqsEntryPoint extends EventEntryPoint {
    /** Handles one message; throwing fails this message only. */
    protected abstract void handle(SqsMessage message, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) {
        List<String> failed = new ArrayList<>();
        for (SqsMessage message : EventViews.sqsMessages(event)) {
            try {
                handle(message, context);
            } catch (Throwable e) {
                log(context, "Message " + message.messageId() + " failed in function " + functionName()
                        + "; the queue will deliver it again", e);
                failed.add(message.messageId());
            }
        }
        return batchItemFailures(failed);
    }

    /** Lambda's answer for a partial batch: the ids of the messages to deliver again. */
    static ObjectNode batchItemFailures(List<String> messageIds) {
        ObjectNode answer = JsonBodies.MAPPER.createObjectNode();
        ArrayNode failures = answer.putArray("batchItemFailures");
        messageIds.forEach(id -> failures.addObject().put("itemIdentifier", id));
        return answer;
    }
}
