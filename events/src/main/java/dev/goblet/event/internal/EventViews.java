package dev.goblet.event.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.KinesisRecord;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.event.ScheduledEvent;
import dev.goblet.event.SnsMessage;
import dev.goblet.event.SqsMessage;
import dev.goblet.websocket.WebSocketEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the events AWS sends into Goblet's views of them, field by field: no reflection. */
final class EventViews {
    private EventViews() {}

    /** The messages of an SQS event, {@code {"Records": [...]}}, in order. */
    static List<SqsMessage> sqsMessages(JsonNode event) {
        List<SqsMessage> messages = new ArrayList<>();
        for (JsonNode record : records(event)) {
            Map<String, String> messageAttributes = new HashMap<>();
            record.path("messageAttributes").fields().forEachRemaining(attribute -> messageAttributes.put(
                    attribute.getKey(), text(attribute.getValue(), "stringValue")));
            messages.add(new SqsMessage(text(record, "messageId"), text(record, "receiptHandle"),
                    text(record, "body"), texts(record.path("attributes")), withoutNulls(messageAttributes),
                    text(record, "eventSourceARN")));
        }
        return messages;
    }

    /** The messages of an SNS event: SNS delivers one record an invocation. */
    static List<SnsMessage> snsMessages(JsonNode event) {
        List<SnsMessage> messages = new ArrayList<>();
        for (JsonNode record : records(event)) {
            JsonNode sns = record.path("Sns");
            Map<String, String> attributes = new HashMap<>();
            sns.path("MessageAttributes").fields().forEachRemaining(attribute -> attributes.put(
                    attribute.getKey(), text(attribute.getValue(), "Value")));
            messages.add(new SnsMessage(text(sns, "MessageId"), text(sns, "TopicArn"), text(sns, "Subject"),
                    text(sns, "Message"), text(sns, "Timestamp"), withoutNulls(attributes)));
        }
        return messages;
    }

    static ScheduledEvent scheduledEvent(JsonNode event) {
        List<String> resources = new ArrayList<>();
        event.path("resources").forEach(resource -> resources.add(resource.asText()));
        return new ScheduledEvent(text(event, "id"), text(event, "time"), text(event, "region"),
                text(event, "account"), resources);
    }

    /** The object events of an S3 notification, in order. */
    static List<S3ObjectEvent> s3ObjectEvents(JsonNode event) {
        List<S3ObjectEvent> objects = new ArrayList<>();
        for (JsonNode record : records(event)) {
            JsonNode s3 = record.path("s3");
            JsonNode object = s3.path("object");
            objects.add(new S3ObjectEvent(text(record, "eventName"), text(record, "eventTime"),
                    text(record, "awsRegion"), text(s3.path("bucket"), "name"),
                    decodedKey(text(object, "key")), object.path("size").asLong(), text(object, "eTag"),
                    text(object, "versionId")));
        }
        return objects;
    }

    /** S3 sends keys form-encoded: {@code my+photo%282%29.png} is {@code my photo(2).png}. */
    private static String decodedKey(String key) {
        return key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8);
    }

    static EventBridgeEvent eventBridgeEvent(JsonNode event) {
        List<String> resources = new ArrayList<>();
        event.path("resources").forEach(resource -> resources.add(resource.asText()));
        return new EventBridgeEvent(text(event, "id"), text(event, "detail-type"), text(event, "source"),
                text(event, "account"), text(event, "time"), text(event, "region"), resources,
                event.path("detail"));
    }

    /** The changes of a DynamoDB stream event, in stream order. */
    static List<DynamoDbRecord> dynamoDbRecords(JsonNode event) {
        List<DynamoDbRecord> changes = new ArrayList<>();
        for (JsonNode record : records(event)) {
            JsonNode dynamodb = record.path("dynamodb");
            changes.add(new DynamoDbRecord(text(record, "eventID"), text(record, "eventName"),
                    text(dynamodb, "SequenceNumber"), item(dynamodb.path("Keys")), item(dynamodb.path("NewImage")),
                    item(dynamodb.path("OldImage")), text(record, "eventSourceARN")));
        }
        return changes;
    }

    /** The records of a Kinesis event, in stream order, their data decoded. */
    static List<KinesisRecord> kinesisRecords(JsonNode event) {
        List<KinesisRecord> records = new ArrayList<>();
        for (JsonNode record : records(event)) {
            JsonNode kinesis = record.path("kinesis");
            String data = text(kinesis, "data");
            records.add(new KinesisRecord(text(record, "eventID"), text(kinesis, "partitionKey"),
                    text(kinesis, "sequenceNumber"), data == null ? new byte[0] : Base64.getDecoder().decode(data),
                    kinesis.path("approximateArrivalTimestamp").asDouble(), text(record, "eventSourceARN")));
        }
        return records;
    }

    /** A WebSocket API's event: what {@code requestContext} says of the connection, the handshake, the message. */
    static WebSocketEvent webSocketEvent(JsonNode event) {
        JsonNode context = event.path("requestContext");
        String connectionId = text(context, "connectionId");
        if (connectionId == null) {
            throw new IllegalArgumentException("The event has no requestContext.connectionId");
        }
        String body = text(event, "body");
        if (body != null && event.path("isBase64Encoded").asBoolean()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new WebSocketEvent(text(context, "eventType"), text(context, "routeKey"), connectionId,
                text(context, "domainName"), text(context, "stage"), text(context, "requestId"),
                text(context.path("identity"), "sourceIp"), body, withoutNulls(texts(event.path("headers"))),
                withoutNulls(texts(event.path("queryStringParameters"))));
    }

    /** An item in DynamoDB's typed JSON as plain JSON; a missing image stays missing. */
    private static JsonNode item(JsonNode attributes) {
        if (!attributes.isObject()) {
            return attributes;
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        attributes.fields().forEachRemaining(field -> item.set(field.getKey(), plain(field.getValue())));
        return item;
    }

    /** One typed attribute value, {@code {"N": "42"}}, as plain JSON, {@code 42}. */
    private static JsonNode plain(JsonNode typed) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Iterator<Map.Entry<String, JsonNode>> only = typed.fields();
        if (!only.hasNext()) {
            return nodes.nullNode();
        }
        Map.Entry<String, JsonNode> value = only.next();
        JsonNode v = value.getValue();
        switch (value.getKey()) {
            case "S", "B":
                return nodes.textNode(v.asText());
            case "N":
                return nodes.numberNode(new BigDecimal(v.asText()));
            case "BOOL":
                return nodes.booleanNode(v.asBoolean());
            case "NULL":
                return nodes.nullNode();
            case "M":
                return item(v);
            case "L", "SS", "NS", "BS":
                ArrayNode array = nodes.arrayNode();
                v.forEach(element -> array.add(value.getKey().equals("L") ? plain(element)
                        : value.getKey().equals("NS") ? nodes.numberNode(new BigDecimal(element.asText()))
                        : nodes.textNode(element.asText())));
                return array;
            default:
                return v;
        }
    }

    private static Iterable<JsonNode> records(JsonNode event) {
        JsonNode records = event.path("Records");
        if (!records.isArray()) {
            throw new IllegalArgumentException("The event has no Records array");
        }
        return records;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        values.values().removeIf(value -> value == null);
        return values;
    }
}
