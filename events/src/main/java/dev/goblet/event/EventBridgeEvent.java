package dev.goblet.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An event from an EventBridge bus, as a rule delivers it.
 *
 * @param id the event's id
 * @param detailType its {@code detail-type}
 * @param source its {@code source}, for example {@code aws.s3}
 * @param account the account it came from
 * @param time when it happened, ISO-8601
 * @param region the region it came from
 * @param resources the ARNs it concerns
 * @param detail its {@code detail}, as JSON
 */
public record EventBridgeEvent(String id, String detailType, String source, String account, String time,
        String region, List<String> resources, JsonNode detail) {
    public EventBridgeEvent {
        resources = List.copyOf(resources);
    }
}
