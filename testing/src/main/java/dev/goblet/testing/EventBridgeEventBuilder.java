package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An event as an EventBridge rule delivers it to its function. */
public final class EventBridgeEventBuilder {
    private final ObjectNode event = TestJson.MAPPER.createObjectNode();

    EventBridgeEventBuilder(String source, String detailType) {
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", "123456789012");
        event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", "us-east-1");
        event.putArray("resources");
        event.putObject("detail");
    }

    /** The event's detail: a record, a map or a tree, as its JSON. */
    public EventBridgeEventBuilder detail(Object detail) {
        event.set("detail", TestJson.MAPPER.valueToTree(detail));
        return this;
    }

    public EventBridgeEventBuilder resource(String arn) {
        event.withArray("resources").add(arn);
        return this;
    }

    public EventBridgeEventBuilder account(String account) {
        event.put("account", account);
        return this;
    }

    public EventBridgeEventBuilder region(String region) {
        event.put("region", region);
        return this;
    }

    public ObjectNode build() {
        return event.deepCopy();
    }
}
