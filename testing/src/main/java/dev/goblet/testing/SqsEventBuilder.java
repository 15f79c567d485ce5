package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An SQS event as Lambda's poller delivers it: a batch of messages from one queue, each with its id, receipt
 * handle, body and attributes. {@code Events.sqs().message("{...}").message("{...}").build()}.
 */
public final class SqsEventBuilder {
    private String queueArn = "arn:aws:sqs:us-east-1:123456789012:queue";
    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ArrayNode records = event.putArray("Records");

    SqsEventBuilder() {}

    /** The queue the messages come from, by ARN; set it before adding messages. */
    public SqsEventBuilder queueArn(String arn) {
        this.queueArn = arn;
        return this;
    }

    /** Adds a message with this body and a new message id. */
    public SqsEventBuilder message(String body) {
        return message(UUID.randomUUID().toString(), body);
    }

    /** Adds a message with this id and body: the id is what a partial batch failure reports. */
    public SqsEventBuilder message(String messageId, String body) {
        ObjectNode record = records.addObject();
        record.put("messageId", messageId);
        record.put("receiptHandle", "AQEB" + messageId.replace("-", ""));
        record.put("body", body);
        ObjectNode attributes = record.putObject("attributes");
        attributes.put("ApproximateReceiveCount", "1");
        attributes.put("SentTimestamp", String.valueOf(System.currentTimeMillis()));
        attributes.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
        attributes.put("ApproximateFirstReceiveTimestamp", String.valueOf(System.currentTimeMillis()));
        record.putObject("messageAttributes");
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", queueArn.split(":")[3]);
        return this;
    }

    /** Adds a message whose body is {@code value} written as JSON. */
    public SqsEventBuilder json(Object value) {
        return message(new String(TestJson.write(value), StandardCharsets.UTF_8));
    }

    /** Gives the last message added a string message attribute. */
    public SqsEventBuilder attribute(String name, String value) {
        if (records.isEmpty()) {
            throw new IllegalStateException("Add a message before its attributes");
        }
        ObjectNode attribute = ((ObjectNode) records.get(records.size() - 1).get("messageAttributes"))
                .putObject(name);
        attribute.put("stringValue", value).put("dataType", "String");
        attribute.putArray("stringListValues");
        attribute.putArray("binaryListValues");
        return this;
    }

    /** A copy of the event built so far. */
    public ObjectNode build() {
        return event.deepCopy();
    }
}
