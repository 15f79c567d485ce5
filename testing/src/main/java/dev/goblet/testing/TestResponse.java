package dev.goblet.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The answer to a {@link TestRequest}: status, headers (names match in any case) and body. */
public final class TestResponse {
    private final String request;
    private final ProxyResponse response;
    private final Headers headers;

    TestResponse(String request, ProxyResponse response) {
        this.request = request;
        this.response = response;
        this.headers = Headers.of(response.headers());
    }

    public int status() {
        return response.status();
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /** The body's bytes, base64 already decoded. */
    public byte[] body() {
        return response.body().clone();
    }

    /** The body as UTF-8 text; empty when there is none. */
    public String bodyText() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; an {@link IllegalStateException} showing the body when it is empty or not JSON. */
    public JsonNode json() {
        if (response.body().length == 0) {
            throw new IllegalStateException("The answer to " + request + " (" + status() + ") has no body");
        }
        try {
            return TestJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /** The body bound to {@code type}. */
    public <T> T jsonAs(Class<T> type) {
        try {
            return TestJson.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /** The body bound to a generic type, such as {@code new TypeReference<List<User>>() {}}. */
    public <T> T jsonAs(TypeReference<T> type) {
        try {
            return TestJson.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    private IllegalStateException notJson(IOException e) {
        return new IllegalStateException("The answer to " + request + " is not the JSON expected: "
                + e.getMessage() + "\nBody: " + bodyText(), e);
    }

    @Override
    public String toString() {
        return request + " -> " + status() + " " + headers.asMap() + " " + bodyText();
    }
}
