package dev.goblet.internal;

import dev.goblet.HttpMethod;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.NotFoundError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of an app as a tree of path segments, built once when the handler class loads.
 *
 * <p>Matching walks one node per segment, so its cost depends on the path's length, not on how many routes the
 * app has. Precedence is API Gateway's: a literal segment wins over a variable, a variable over a greedy
 * {@code {name+}}; the first path that matches decides between 404 and 405.
 */
public final class RouteTable {
    private final Node root = new Node();
    private final List<RouteSpec> routes;
    private final boolean anyCors;

    private RouteTable(List<RouteSpec> routes) {
        this.routes = List.copyOf(routes);
        boolean cors = false;
        for (RouteSpec route : routes) {
            add(route);
            cors |= route.cors() != null;
        }
        this.anyCors = cors;
    }

    public static RouteTable of(RouteSpec... routes) {
        return new RouteTable(List.of(routes));
    }

    public List<RouteSpec> routes() {
        return routes;
    }

    /** Whether any route has CORS settings; when none has, a request needs no look-up of its path's routes. */
    public boolean anyCors() {
        return anyCors;
    }

    /**
     * The route for {@code method} and the raw, percent-encoded {@code path}.
     *
     * @throws NotFoundError when no route's template matches the path
     * @throws MethodNotAllowedError when templates match but none for this method
     */
    public RouteMatch match(String method, String path) {
        String[] segments = split(path);
        Node node = find(root, segments, 0);
        if (node == null) {
            throw new NotFoundError("Not Found: " + path);
        }
        Leaf leaf = node.byMethod.get(method);
        if (leaf == null) {
            throw new MethodNotAllowedError(
                    "Method " + method + " is not allowed on " + path, new ArrayList<>(node.byMethod.keySet()));
        }
        return new RouteMatch(leaf.route, leaf.bind(segments));
    }

    /** As {@link #match}, but null where {@code match} would throw: for tools, which ask without a request. */
    public RouteMatch lookup(String method, String path) {
        String[] segments = split(path);
        Node node = find(root, segments, 0);
        Leaf leaf = node == null ? null : node.byMethod.get(method);
        return leaf == null ? null : new RouteMatch(leaf.route, leaf.bind(segments));
    }

    /** Whether any route's template matches {@code path}, whatever its method. */
    public boolean hasPath(String path) {
        return find(root, split(path), 0) != null;
    }

    /** The routes whose template matches {@code path}, one per route whatever its methods; empty when none. */
    public List<RouteSpec> routesAt(String path) {
        Node node = find(root, split(path), 0);
        List<RouteSpec> found = new ArrayList<>();
        if (node != null) {
            node.byMethod.values().forEach(leaf -> {
                if (!found.contains(leaf.route)) {
                    found.add(leaf.route);
                }
            });
        }
        return found;
    }

    private void add(RouteSpec route) {
        List<TemplateSegment> template = TemplateSegment.parse(route.template());
        Node node = root;
        for (TemplateSegment segment : template) {
            node = node.child(segment);
        }
        Leaf leaf = new Leaf(route, template);
        for (HttpMethod method : route.methods()) {
            if (node.byMethod.putIfAbsent(method.name(), leaf) != null) {
                throw new IllegalArgumentException("Two routes for " + method + " " + route.template());
            }
        }
    }

    /** Depth-first in precedence order, so a literal path is tried before a variable one. */
    private static Node find(Node node, String[] segments, int index) {
        if (index == segments.length) {
            return node.byMethod.isEmpty() ? null : node;
        }
        String segment = PathDecoder.decodeSegment(segments[index]);
        Node literal = node.literals.get(segment);
        if (literal != null) {
            Node found = find(literal, segments, index + 1);
            if (found != null) {
                return found;
            }
        }
        if (node.variable != null && !segment.isEmpty()) {
            Node found = find(node.variable, segments, index + 1);
            if (found != null) {
                return found;
            }
        }
        if (node.greedy != null && !segment.isEmpty()) {
            return node.greedy.byMethod.isEmpty() ? null : node.greedy;
        }
        return null;
    }

    /** Splits a path into its raw segments; a single trailing slash is ignored, as API Gateway does. */
    static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Node variable;
        Node greedy;
        final Map<String, Leaf> byMethod = new LinkedHashMap<>();

        Node child(TemplateSegment segment) {
            switch (segment.kind()) {
                case LITERAL:
                    return literals.computeIfAbsent(segment.text(), s -> new Node());
                case VARIABLE:
                    return variable == null ? variable = new Node() : variable;
                default:
                    return greedy == null ? greedy = new Node() : greedy;
            }
        }
    }

    /** A route at the end of its template, with the names of the variables by position. */
    private static final class Leaf {
        final RouteSpec route;
        final List<TemplateSegment> template;

        /** How many variables the template has, and where the one plain variable is: most routes have at most one. */
        final int variables;
        final int singleIndex;

        Leaf(RouteSpec route, List<TemplateSegment> template) {
            this.route = route;
            this.template = template;
            this.variables = (int) template.stream().filter(s -> s.kind() != TemplateSegment.Kind.LITERAL).count();
            int single = -1;
            for (int i = 0; i < template.size(); i++) {
                if (template.get(i).kind() == TemplateSegment.Kind.VARIABLE) {
                    single = i;
                }
            }
            this.singleIndex = variables == 1 ? single : -1;
        }

        Map<String, String> bind(String[] segments) {
            if (variables == 0) {
                return Map.of();
            }
            if (variables == 1 && singleIndex >= 0) {
                return Map.of(template.get(singleIndex).text(), PathDecoder.decodeSegment(segments[singleIndex]));
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < template.size(); i++) {
                TemplateSegment segment = template.get(i);
                if (segment.kind() == TemplateSegment.Kind.VARIABLE) {
                    values.put(segment.text(), PathDecoder.decodeSegment(segments[i]));
                } else if (segment.kind() == TemplateSegment.Kind.GREEDY) {
                    List<String> rest = new ArrayList<>();
                    for (int j = i; j < segments.length; j++) {
                        rest.add(PathDecoder.decodeSegment(segments[j]));
                    }
                    values.put(segment.text(), String.join("/", rest));
                }
            }
            return Map.copyOf(values);
        }
    }
}
