package dev.goblet.processor.writing.sam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one template: every value a stage leaves open ({@code ${param:Name}}) declares one, described by
 * where it is used first, so that one file serves many accounts and regions.
 */
final class TemplateParameters {
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    /** Declares the parameters {@code value} uses and returns it, for use inline. */
    ConfigValue use(ConfigValue value, String usage) {
        value.parameters().forEach(name -> descriptions.putIfAbsent(name, "Set at deploy time: " + usage + "."));
        return value;
    }

    List<ConfigValue> use(List<ConfigValue> values, String key) {
        values.forEach(value -> use(value, key));
        return values;
    }

    /** Adds the {@code Parameters} section to {@code template}, when any value uses one. */
    void declareIn(ObjectNode template) {
        if (!descriptions.isEmpty()) {
            ObjectNode declared = template.putObject("Parameters");
            descriptions.forEach((name, description) ->
                    declared.putObject(name).put("Type", "String").put("Description", description));
        }
    }
}
