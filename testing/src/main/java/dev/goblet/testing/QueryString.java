package dev.goblet.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw query string decoded as API Gateway decodes it for an event: {@code +} is a space, {@code %xx} a byte.
 * The runtime reads events with its own decoder; the test kit plays API Gateway with this one, on purpose apart,
 * so that a test compares the runtime with the gateway's side of the contract, not with itself.
 */
final class QueryString {
    private QueryString() {}

    /**
     * {@code a=1&b=2&a=3} by name, every value of a repeated name in order.
     *
     * @throws IllegalArgumentException when a {@code %} is not followed by two hex digits
     */
    static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed percent-encoding in the query: " + component, e);
        }
    }
}
