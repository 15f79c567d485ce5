package dev.goblet.processor.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text setting that may leave parts open until deploy time: {@code "${param:RoleArn}"} becomes the template
 * parameter {@code RoleArn}, and {@code "users-${param:Env}"} a text built from the parameter {@code Env}. Text
 * without {@code ${param:...}} is taken as it is.
 *
 * @param text the value as written in the config file
 */
public record ConfigValue(String text) {
    /** {@code ${param:Name}}; the name is checked apart, so that a bad one gets its own message. */
    static final Pattern PARAMETER = Pattern.compile("\\$\\{param:([^}]*)}");
    static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public static ConfigValue of(String text) {
        return new ConfigValue(text);
    }

    /** The parameters the value uses, in order of appearance. */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The parameter when the whole value is one, as in {@code ${param:RoleArn}}; null otherwise. */
    public String wholeParameter() {
        Matcher matcher = PARAMETER.matcher(text);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * The value as an {@code Fn::Sub} text: each {@code ${param:X}} becomes {@code ${X}}, and any other
     * {@code ${} is escaped as {@code ${!} so that CloudFormation keeps it literally.
     */
    public String substitution() {
        StringBuilder out = new StringBuilder();
        Matcher matcher = PARAMETER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(text.substring(last, matcher.start()).replace("${", "${!"));
            out.append("${").append(matcher.group(1)).append('}');
            last = matcher.end();
        }
        return out.append(text.substring(last).replace("${", "${!")).toString();
    }
}
