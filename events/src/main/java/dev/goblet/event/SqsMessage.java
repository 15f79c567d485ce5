package dev.goblet.event;

import java.util.Map;

/**
 * One message of an SQS batch, as the queue delivered it.
 *
 * @param messageId the message's id: what a failed message is reported by
 * @param receiptHandle the handle that deletes or changes the visibility of this delivery
 * @param body the message's body, as sent
 * @param attributes the system attributes ({@code ApproximateReceiveCount}, {@code SentTimestamp}, ...)
 * @param messageAttributes the sender's message attributes, by name, as text
 * @param eventSourceArn the queue's ARN
 */
public record SqsMessage(String messageId, String receiptHandle, String body, Map<String, String> attributes,
        Map<String, String> messageAttributes, String eventSourceArn) {
    public SqsMessage {
        attributes = Map.copyOf(attributes);
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
