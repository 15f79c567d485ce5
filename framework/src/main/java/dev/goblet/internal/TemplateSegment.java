package dev.goblet.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment of a route's path template: a literal, a {@code {variable}} or a greedy {@code {variable+}}.
 * The processor has already checked every template, so parsing here trusts its input.
 */
record TemplateSegment(Kind kind, String text) {
    enum Kind { LITERAL, VARIABLE, GREEDY }

    static List<TemplateSegment> parse(String template) {
        List<TemplateSegment> segments = new ArrayList<>();
        for (String part : RouteTable.split(template)) {
            if (part.startsWith("{") && part.endsWith("+}")) {
                segments.add(new TemplateSegment(Kind.GREEDY, part.substring(1, part.length() - 2)));
            } else if (part.startsWith("{") && part.endsWith("}")) {
                segments.add(new TemplateSegment(Kind.VARIABLE, part.substring(1, part.length() - 1)));
            } else {
                segments.add(new TemplateSegment(Kind.LITERAL, part));
            }
        }
        return segments;
    }
}
