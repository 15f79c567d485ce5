package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A DynamoDB stream event as Lambda delivers it, with {@code NEW_AND_OLD_IMAGES}: items are given as plain objects
 * (records, maps) and written in DynamoDB's typed JSON, as the stream carries them; sequence numbers rise in order.
 */
public final class DynamoDbStreamEventBuilder {
    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ArrayNode records = event.putArray("Records");
    private final List<String> keyNames;
    private String streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Table/stream/2026-01-01T00:00:00.000";
    private long sequenceNumber = 100;

    DynamoDbStreamEventBuilder(List<String> keyNames) {
        this.keyNames = List.copyOf(keyNames);
    }

    public DynamoDbStreamEventBuilder streamArn(String arn) {
        streamArn = arn;
        records.forEach(record -> ((ObjectNode) record).put("eventSourceARN", arn));
        return this;
    }

    /** An item written new. */
    public DynamoDbStreamEventBuilder insert(Object item) {
        return add("INSERT", null, item);
    }

    /** An item changed from {@code before} to {@code after}. */
    public DynamoDbStreamEventBuilder modify(Object before, Object after) {
        return add("MODIFY", before, after);
    }

    /** An item deleted. */
    public DynamoDbStreamEventBuilder remove(Object item) {
        return add("REMOVE", item, null);
    }

    /** The sequence number of the record added last, as a stream function reports it when it fails. */
    public String lastSequenceNumber() {
        return String.valueOf(sequenceNumber - 1);
    }

    public ObjectNode build() {
        return event.deepCopy();
    }

    private DynamoDbStreamEventBuilder add(String eventName, Object before, Object after) {
        ObjectNode record = records.addObject();
        record.put("eventID", UUID.randomUUID().toString().replace("-", ""));
        record.put("eventName", eventName);
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", "us-east-1");
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", Instant.now().getEpochSecond());
        JsonNode item = TestJson.MAPPER.valueToTree(after != null ? after : before);
        ObjectNode keys = dynamodb.putObject("Keys");
        keyNames.forEach(name -> keys.set(name, typed(item.path(name))));
        if (after != null) {
            dynamodb.set("NewImage", typedItem(TestJson.MAPPER.valueToTree(after)));
        }
        if (before != null) {
            dynamodb.set("OldImage", typedItem(TestJson.MAPPER.valueToTree(before)));
        }
        dynamodb.put("SequenceNumber", String.valueOf(sequenceNumber++));
        dynamodb.put("SizeBytes", item.toString().length());
        dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
        record.put("eventSourceARN", streamArn);
        return this;
    }

    private static ObjectNode typedItem(JsonNode item) {
        ObjectNode typed = TestJson.MAPPER.createObjectNode();
        item.fields().forEachRemaining(field -> typed.set(field.getKey(), typed(field.getValue())));
        return typed;
    }

    /** A plain JSON value as DynamoDB's attribute value: {@code 3} is {@code {"N": "3"}}. */
    private static ObjectNode typed(JsonNode value) {
        ObjectNode typed = TestJson.MAPPER.createObjectNode();
        if (value.isTextual()) {
            typed.put("S", value.asText());
        } else if (value.isNumber()) {
            typed.put("N", value.asText());
        } else if (value.isBoolean()) {
            typed.put("BOOL", value.asBoolean());
        } else if (value.isObject()) {
            typed.set("M", typedItem(value));
        } else if (value.isArray()) {
            ArrayNode list = typed.putArray("L");
            value.forEach(element -> list.add(typed(element)));
        } else {
            typed.put("NULL", true);
        }
        return typed;
    }
}
