package dev.goblet.processor.model;

import java.util.List;

/**
 * An SNS topic an app declares with {@code @SnsTopic}: the template makes it, its functions may publish to it.
 *
 * @param name the topic's name
 * @param environmentVariable the variable that carries the topic's ARN to the code
 * @param functions the names of the functions that may publish to it; empty for every function of the app
 */
public record TopicModel(String name, String environmentVariable, List<String> functions) {
    public TopicModel {
        functions = List.copyOf(functions);
    }

    /** {@code user-events} is {@code UserEventsTopic}. */
    public String logicalId() {
        return EventSource.logicalIdOf(name.replace(".fifo", "")) + "Topic";
    }
}
