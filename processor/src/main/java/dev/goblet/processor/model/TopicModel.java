package dev.goblet.processor.model;

/**
 * An SNS topic an app declares with {@code @SnsTopic}: the template makes it, its functions may publish to it.
 *
 * @param name the topic's name
 * @param environmentVariable the variable that carries the topic's ARN to the code
 */
public record TopicModel(String name, String environmentVariable) {
    /** {@code user-events} is {@code UserEventsTopic}. */
    public String logicalId() {
        return EventSource.logicalIdOf(name.replace(".fifo", "")) + "Topic";
    }
}
