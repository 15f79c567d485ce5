package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A proxy response as API Gateway turns it into HTTP: the status, every header with all its values (payload 1.0's
 * {@code multiValueHeaders} merged with {@code headers}, payload 2.0's {@code cookies} as {@code Set-Cookie}), and
 * the body's bytes, base64 already decoded.
 *
 * @param status the HTTP status
 * @param headers header names as the function wrote them, each with its values in order
 * @param body the body's bytes; empty when there is none
 */
public record ProxyResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public ProxyResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** Reads a function's proxy response; a malformed one is an {@link IllegalArgumentException} saying why. */
    public static ProxyResponse of(JsonNode response) {
        if (response == null || !response.isObject() || !response.path("statusCode").canConvertToInt()) {
            throw new IllegalArgumentException("Not a proxy response (no statusCode): " + response);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.path("multiValueHeaders").fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            field.getValue().forEach(value -> values.add(value.asText()));
            headers.computeIfAbsent(field.getKey(), n -> new ArrayList<>()).addAll(values);
        });
        response.path("headers").fields().forEachRemaining(field -> {
            if (!headers.containsKey(field.getKey()) && !field.getValue().isNull()) {
                headers.put(field.getKey(), List.of(field.getValue().asText()));
            }
        });
        response.path("cookies").forEach(cookie ->
                headers.computeIfAbsent("Set-Cookie", n -> new ArrayList<>()).add(cookie.asText()));
        JsonNode body = response.get("body");
        byte[] bytes;
        if (body == null || body.isNull()) {
            bytes = new byte[0];
        } else if (response.path("isBase64Encoded").asBoolean(false)) {
            bytes = Base64.getDecoder().decode(body.asText());
        } else {
            bytes = body.asText().getBytes(StandardCharsets.UTF_8);
        }
        return new ProxyResponse(response.get("statusCode").asInt(), headers, bytes);
    }

    /** The body bytes; the array is the record's own, so callers must not change it. */
    @Override
    public byte[] body() {
        return body;
    }
}
