package dev.goblet.processor.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.processor.validation.ErrorMessages;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one value of the config file: its JSON type, its range, its shape (an ARN, an id, a name) and the names of
 * the deploy-time parameters it uses. Each check reports what is wrong by the key's path in the file and says
 * whether the value passed, so that a caller checks further only what is sound.
 */
final class ConfigValueChecks {
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final ConfigProblems problems;

    ConfigValueChecks(ConfigProblems problems) {
        this.problems = problems;
    }

    boolean object(String path, JsonNode value) {
        return type(path, value, value.isObject(), "an object");
    }

    boolean text(String path, JsonNode value) {
        return type(path, value, value.isTextual(), "a string");
    }

    void bool(String path, JsonNode value) {
        type(path, value, value.isBoolean(), "true or false");
    }

    /** Whether the value is a whole number from {@code min} to {@code max}; reports it when not. */
    boolean integer(String path, JsonNode value, int min, int max) {
        if (!type(path, value, value.isIntegralNumber() && value.canConvertToInt(), "a whole number")) {
            return false;
        }
        if (value.intValue() < min || value.intValue() > max) {
            badValue(path, value.toString(), "it must be from " + min + " to " + max);
            return false;
        }
        return true;
    }

    /** A text that must match {@code pattern}, unless it leaves its value to a deploy-time parameter. */
    void matches(String path, JsonNode value, Pattern pattern, String rule) {
        String text = value.asText();
        if (!parametersValid(path, text)) {
            return;
        }
        if (ConfigValue.of(text).parameters().isEmpty() && !pattern.matcher(text).matches()) {
            badValue(path, value.toString(), rule);
        }
    }

    void textList(String path, JsonNode value, Pattern pattern, String rule) {
        if (!type(path, value, value.isArray(), "a list of strings")) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (text(path + "[" + i + "]", value.get(i))) {
                matches(path + "[" + i + "]", value.get(i), pattern, rule);
            }
        }
    }

    void environment(String path, JsonNode value) {
        if (!object(path, value)) {
            return;
        }
        for (Map.Entry<String, JsonNode> variable : ConfigKeys.fields(value)) {
            String variablePath = path + "." + variable.getKey();
            if (!VARIABLE_NAME.matcher(variable.getKey()).matches()) {
                badValue(variablePath, "'" + variable.getKey() + "'",
                        "an environment variable name uses letters, digits and '_', starting with a letter");
            } else if (text(variablePath, variable.getValue())) {
                String text = variable.getValue().asText();
                if (parametersValid(variablePath, text)) {
                    secretValid(variablePath, text);
                }
            }
        }
    }

    void tags(String path, JsonNode value) {
        if (object(path, value)) {
            for (Map.Entry<String, JsonNode> tag : ConfigKeys.fields(value)) {
                text(path + "." + tag.getKey(), tag.getValue());
            }
        }
    }

    void badValue(String path, String value, String rule) {
        problems.error(ErrorMessages.configBadValue(problems.fileName(), path, value, rule));
    }

    /** Each {@code ${param:Name}} names a template parameter: letters and digits, starting with a letter. */
    private boolean parametersValid(String path, String text) {
        for (String name : ConfigValue.of(text).parameters()) {
            if (!ConfigValue.PARAMETER_NAME.matcher(name).matches()) {
                badValue(path, "\"" + text + "\"", "the parameter name '" + name
                        + "' must be letters and digits, starting with a letter, as in ${param:RoleArn}");
                return false;
            }
        }
        return true;
    }

    /** A {@code ${secret:Name}} is the whole value, and its name is a template parameter's kind of name. */
    private void secretValid(String path, String text) {
        if (!ConfigValue.SECRET.matcher(text).find()) {
            return;
        }
        ConfigValue value = ConfigValue.of(text);
        String name = value.wholeSecret();
        if (name == null || !value.parameters().isEmpty()) {
            badValue(path, "\"" + text + "\"",
                    "a generated secret is the whole value, as in \"${secret:CursorKey}\"");
        } else if (!ConfigValue.PARAMETER_NAME.matcher(name).matches()) {
            badValue(path, "\"" + text + "\"", "the secret name '" + name
                    + "' must be letters and digits, starting with a letter, as in ${secret:CursorKey}");
        }
    }

    private boolean type(String path, JsonNode value, boolean ok, String expected) {
        if (!ok) {
            problems.error(ErrorMessages.configWrongType(problems.fileName(), path, expected, describe(value)));
        }
        return ok;
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string " + value;
            case NUMBER, BOOLEAN -> value.toString();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> "null";
        };
    }
}
