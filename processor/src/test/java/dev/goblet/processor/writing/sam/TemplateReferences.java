package dev.goblet.processor.writing.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CloudFormation template's references the way CloudFormation does: every {@code Ref}, every
 * {@code Fn::GetAtt} and every {@code ${...}} of an {@code Fn::Sub} must name a parameter, a resource or a pseudo
 * parameter of the template.
 */
final class TemplateReferences {
    private static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private TemplateReferences() {}

    /** The references that resolve to nothing, each as {@code kind target}; empty when all resolve. */
    static List<String> unresolved(JsonNode template) {
        Set<String> names = new HashSet<>(PSEUDO);
        template.path("Parameters").fieldNames().forEachRemaining(names::add);
        Set<String> resources = new HashSet<>();
        template.path("Resources").fieldNames().forEachRemaining(resources::add);
        names.addAll(resources);
        List<String> problems = new ArrayList<>();
        walk(template, names, resources, Set.of(), problems);
        return problems;
    }

    /** Every {@code ${...}} of every {@code Fn::Sub}, in order, to check that a value is really substituted. */
    static List<String> subVariables(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static void walk(JsonNode node, Set<String> names, Set<String> resources, Set<String> local,
            List<String> problems) {
        if (node.isArray()) {
            node.forEach(child -> walk(child, names, resources, local, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "Ref" -> {
                    if (!names.contains(value.asText())) {
                        problems.add("Ref " + value.asText());
                    }
                }
                case "Fn::GetAtt" -> {
                    String target = value.isArray() ? value.path(0).asText() : value.asText().split("\\.")[0];
                    if (!resources.contains(target)) {
                        problems.add("Fn::GetAtt " + target);
                    }
                }
                case "Fn::Sub" -> sub(value, names, resources, problems);
                default -> walk(value, names, resources, local, problems);
            }
        }
    }

    private static void sub(JsonNode value, Set<String> names, Set<String> resources, List<String> problems) {
        String text = value.isArray() ? value.path(0).asText() : value.asText();
        Set<String> local = new HashSet<>();
        if (value.isArray()) {
            value.path(1).fieldNames().forEachRemaining(local::add);
            walk(value.path(1), names, resources, Set.of(), problems);
        }
        for (String variable : subVariables(text)) {
            String target = variable.contains(".") && !variable.startsWith("AWS::") ? variable.split("\\.")[0]
                    : variable;
            boolean attribute = !target.equals(variable);
            if (!(local.contains(variable) || (attribute ? resources.contains(target) : names.contains(target)))) {
                problems.add("Fn::Sub ${" + variable + "}");
            }
        }
    }
}
