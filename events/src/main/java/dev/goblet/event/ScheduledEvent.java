package dev.goblet.event;

import java.util.List;

/**
 * The event EventBridge sends on a schedule.
 *
 * @param id the event's id
 * @param time when the schedule fired, ISO-8601
 * @param region the region of the rule
 * @param account the account of the rule
 * @param resources the ARNs of the rule that fired
 */
public record ScheduledEvent(String id, String time, String region, String account, List<String> resources) {
    public ScheduledEvent {
        resources = List.copyOf(resources);
    }
}
