package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** An SNS event as a topic's Lambda subscription delivers it: one record holding one message. */
public final class SnsEventBuilder {
    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ObjectNode sns;

    SnsEventBuilder(String message) {
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventVersion", "1.0");
        record.put("EventSource", "aws:sns");
        sns = record.putObject("Sns");
        sns.put("Type", "Notification");
        sns.put("MessageId", UUID.randomUUID().toString());
        sns.put("TopicArn", "arn:aws:sns:us-east-1:123456789012:topic");
        sns.putNull("Subject");
        sns.put("Message", message);
        sns.put("Timestamp", Instant.now().toString());
        sns.put("SignatureVersion", "1");
        sns.putObject("MessageAttributes");
        record.put("EventSubscriptionArn", sns.get("TopicArn").asText() + ":" + UUID.randomUUID());
    }

    public SnsEventBuilder topicArn(String arn) {
        sns.put("TopicArn", arn);
        return this;
    }

    public SnsEventBuilder subject(String subject) {
        sns.put("Subject", subject);
        return this;
    }

    /** A string message attribute. */
    public SnsEventBuilder attribute(String name, String value) {
        ((ObjectNode) sns.get("MessageAttributes")).putObject(name).put("Type", "String").put("Value", value);
        return this;
    }

    public ObjectNode build() {
        return event.deepCopy();
    }
}
