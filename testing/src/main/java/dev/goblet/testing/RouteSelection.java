package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;

/**
 * How API Gateway picks a WebSocket message's route: it evaluates the API's route selection expression,
 * {@code $request.body.<path>}, on the message's JSON; a value that is one of the API's route keys picks that route,
 * anything else (no JSON, no such field, an unknown value) picks {@code $default}. The test kit and the local
 * server pick routes here.
 */
public final class RouteSelection {
    private static final String BODY = "$request.body.";

    private final String[] path;

    private RouteSelection(String[] path) {
        this.path = path;
    }

    /** {@code $request.body.action}, or another field of the body; an {@link IllegalArgumentException} otherwise. */
    public static RouteSelection of(String expression) {
        if (!expression.startsWith(BODY) || expression.length() == BODY.length()) {
            throw new IllegalArgumentException("A route selection expression is $request.body.<field>, not '"
                    + expression + "'");
        }
        return new RouteSelection(expression.substring(BODY.length()).split("\\."));
    }

    /** The route of {@code message} among {@code routeKeys}: its own, or {@code $default}. */
    public String routeKey(String message, Set<String> routeKeys) {
        JsonNode node;
        try {
            node = message == null ? null : TestJson.MAPPER.readTree(message);
        } catch (IOException e) {
            return "$default";
        }
        for (String field : path) {
            if (node == null || !node.isObject()) {
                return "$default";
            }
            node = node.get(field);
        }
        if (node == null || !node.isValueNode() || node.isNull()) {
            return "$default";
        }
        String key = node.asText();
        return routeKeys.contains(key) && !key.startsWith("$") ? key : "$default";
    }
}
