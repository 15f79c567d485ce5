package dev.goblet.processor.writing.sam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.ConfigValue;
import java.util.List;

/**
 * CloudFormation's intrinsic functions in their long form ({@code {"Ref": ...}}, never {@code !Ref}), so that any
 * YAML or JSON reader, CDK's {@code CfnInclude} included, reads the template as it is.
 */
final class TemplateValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TemplateValues() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ObjectNode ref(String name) {
        return object().put("Ref", name);
    }

    static ObjectNode getAtt(String resource, String attribute) {
        ObjectNode node = object();
        node.putArray("Fn::GetAtt").add(resource).add(attribute);
        return node;
    }

    static ObjectNode sub(String text) {
        return object().put("Fn::Sub", text);
    }

    /** A config value: the text itself, a {@code Ref} to its parameter, or an {@code Fn::Sub} that mixes both. */
    static JsonNode value(ConfigValue value) {
        String secret = value.wholeSecret();
        if (secret != null) {
            return sub("{{resolve:secretsmanager:${" + TemplateParameters.secretLogicalId(secret) + "}:SecretString}}");
        }
        if (value.parameters().isEmpty()) {
            return NODES.textNode(value.text());
        }
        String whole = value.wholeParameter();
        return whole != null ? ref(whole) : sub(value.substitution());
    }

    /** JSON text the validator has already parsed once, such as an event pattern, as a template value. */
    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated JSON no longer parses", e);
        }
    }

    /** A resource of {@code type} with {@code properties}. */
    static ObjectNode resource(String type, ObjectNode properties) {
        ObjectNode resource = object().put("Type", type);
        resource.set("Properties", properties);
        return resource;
    }

    static ArrayNode values(List<ConfigValue> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(value(v)));
        return array;
    }
}
