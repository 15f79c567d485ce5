package dev.goblet.event;

import java.util.Map;

/**
 * A message published to an SNS topic, as the subscription delivered it.
 *
 * @param messageId the message's id
 * @param topicArn the topic's ARN
 * @param subject the subject, or null when the publisher gave none
 * @param message the message, as published
 * @param timestamp when it was published, ISO-8601
 * @param messageAttributes the publisher's message attributes, by name, as text
 */
public record SnsMessage(String messageId, String topicArn, String subject, String message, String timestamp,
        Map<String, String> messageAttributes) {
    public SnsMessage {
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
