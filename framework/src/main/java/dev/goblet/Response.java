package dev.goblet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full answer: status, headers and body. Return one from a route method to choose them yourself.
 *
 * <p>The body is written by its type: {@code null} gives no body, a {@code byte[]} is sent as is (base64 on the
 * wire, with {@code application/octet-stream} unless a {@code Content-Type} is set), a {@code String} is sent as
 * text ({@code text/plain} unless set), and anything else becomes JSON.
 */
public final class Response {
    private final int status;
    private final Map<String, List<String>> headers;
    private final Object body;

    private Response(int status, Map<String, List<String>> headers, Object body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** A builder for an answer with this status. */
    public static Builder status(int status) {
        return new Builder(status);
    }

    /** 200 with {@code body} as JSON. */
    public static Response ok(Object body) {
        return status(200).body(body).build();
    }

    /** 204 with no body. */
    public static Response noContent() {
        return status(204).build();
    }

    public int status() {
        return status;
    }

    /** Header names as written, each with its values in order. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public Object body() {
        return body;
    }

    /** Builds a {@link Response}. */
    public static final class Builder {
        private final int status;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private Object body;

        private Builder(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("An HTTP status is between 100 and 599, not " + status);
            }
            this.status = status;
        }

        /**
         * Adds a value to a header; call again with the same name for a multi-valued header.
         *
         * @throws NullPointerException when the name or the value is null
         * @throws IllegalArgumentException when the name is not an HTTP token or the value holds a CR, LF or NUL:
         *     such a header would split the answer (header injection), so it fails here, where the stack trace
         *     shows the line that built it, and a route's answer becomes a 500
         */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(checked(name, true), n -> new ArrayList<>()).add(checked(value, false));
            return this;
        }

        public Builder contentType(String contentType) {
            headers.put("Content-Type", new ArrayList<>(List.of(checked(contentType, false))));
            return this;
        }

        /** A name with no space, control character or colon; a value with no control character but tab. */
        private static String checked(String text, boolean name) {
            boolean valid = !(name && text.isEmpty());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                valid &= name ? c > ' ' && c < 127 && c != ':' : c >= ' ' && c != 127 || c == '\t';
            }
            if (!valid) {
                throw new IllegalArgumentException("Invalid header " + text);
            }
            return text;
        }

        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        public Response build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            return new Response(status, java.util.Collections.unmodifiableMap(copy), body);
        }
    }
}
