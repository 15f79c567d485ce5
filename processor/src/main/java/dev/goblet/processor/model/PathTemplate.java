package dev.goblet.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A route's path template, parsed: {@code /users/{username}} or {@code /files/{path+}}. Parsing either gives a
 * template or explains, in words a user can act on, what is wrong with the text.
 */
public final class PathTemplate {
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~:@!$&'()*,;=-]+");

    private final String text;
    private final List<Segment> segments;

    private PathTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /** One segment: a literal, a variable, or a greedy variable that takes the rest of the path. */
    public record Segment(String text, boolean variable, boolean greedy) {
        /** How the segment reads in a template: {@code users}, {@code {username}} or {@code {path+}}. */
        public String template() {
            return variable ? "{" + text + (greedy ? "+" : "") + "}" : text;
        }
    }

    /** The result of parsing: a template, or the problem with the text. */
    public record Parsed(PathTemplate template, String problem) {}

    public static Parsed parse(String text) {
        if (!text.startsWith("/")) {
            return problem("it must start with '/', as in '/" + text + "'");
        }
        if (text.equals("/")) {
            return new Parsed(new PathTemplate(text, List.of()), null);
        }
        if (text.endsWith("/")) {
            return problem("it must not end with '/'; write '" + text.substring(0, text.length() - 1) + "'");
        }
        List<Segment> segments = new ArrayList<>();
        String[] parts = text.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String problem = checkSegment(part);
            if (problem != null) {
                return problem(problem);
            }
            Segment segment = segment(part);
            if (segment.greedy() && i != parts.length - 1) {
                return problem("the greedy variable '" + part + "' must be the last segment");
            }
            boolean repeated = segments.stream().anyMatch(s -> s.variable() && s.text().equals(segment.text()));
            if (segment.variable() && repeated) {
                return problem("the variable {" + segment.text() + "} appears twice; give each variable its own name");
            }
            segments.add(segment);
        }
        return new Parsed(new PathTemplate(text, segments), null);
    }

    private static String checkSegment(String part) {
        if (part.isEmpty()) {
            return "it has an empty segment ('//')";
        }
        boolean opens = part.contains("{");
        boolean closes = part.contains("}");
        if (!opens && !closes) {
            return LITERAL.matcher(part).matches() ? null
                    : "the segment '" + part + "' has characters a path cannot hold; use letters, digits and -._~";
        }
        if (!part.startsWith("{") || !part.endsWith("}") || part.indexOf('{', 1) >= 0
                || part.indexOf('}') != part.length() - 1) {
            return "the segment '" + part + "' has unbalanced braces; a variable fills a whole segment, as in '{name}'";
        }
        String name = part.substring(1, part.length() - 1);
        if (name.endsWith("+")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return "the segment '" + part + "' has empty braces; name the variable, as in '{id}'";
        }
        if (!VARIABLE_NAME.matcher(name).matches()) {
            return "the variable name '" + name + "' is not a Java identifier; use letters, digits and '_'";
        }
        return null;
    }

    private static Segment segment(String part) {
        if (!part.startsWith("{")) {
            return new Segment(part, false, false);
        }
        boolean greedy = part.endsWith("+}");
        return new Segment(part.substring(1, part.length() - (greedy ? 2 : 1)), true, greedy);
    }

    private static Parsed problem(String problem) {
        return new Parsed(null, problem);
    }

    public String text() {
        return text;
    }

    /**
     * The template as the OpenAPI document writes it: a greedy {@code {path+}} is {@code {path}}. OpenAPI has no
     * greedy variable, and a document whose path names {@code path+} while its parameter is {@code path} breaks
     * OpenAPI's rule that every path variable is a declared parameter. A generated client then sends the value as
     * one percent-encoded segment, which the route reads back slashes and all; the API's definition in the SAM
     * template keeps API Gateway's {@code {path+}}.
     */
    public String documentText() {
        return documentText(text);
    }

    /** {@link #documentText()} of a template given as text. */
    public static String documentText(String template) {
        return template.replace("+}", "}");
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<String> variables() {
        return segments.stream().filter(Segment::variable).map(Segment::text).collect(Collectors.toList());
    }

    /**
     * The template with variable names erased, so that {@code /a/{x}} and {@code /a/{y}} compare equal: API Gateway
     * cannot tell such routes apart.
     */
    public String shape() {
        if (segments.isEmpty()) {
            return "/";
        }
        return segments.stream()
                .map(s -> s.variable() ? (s.greedy() ? "{+}" : "{}") : s.text())
                .collect(Collectors.joining("/", "/", ""));
    }

    @Override
    public String toString() {
        return text;
    }
}
