package dev.goblet.processor.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * API Gateway proxy events for tests, made from the real events in {@code src/test/resources/events/} with the
 * method, path, query, headers and body of the case at hand set the way API Gateway sets them.
 */
final class Events {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode event;
    private final boolean httpApi;

    private Events(String resource, boolean httpApi) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + resource)) {
            this.event = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.httpApi = httpApi;
    }

    /** A REST API (payload 1.0) event. */
    static Events rest(String method, String path) {
        Events events = new Events("rest-api.json", false);
        events.event.put("httpMethod", method).put("path", path);
        ((ObjectNode) events.event.get("requestContext")).put("httpMethod", method);
        return events;
    }

    /** An HTTP API (payload 2.0) event. */
    static Events http(String method, String path) {
        Events events = new Events("http-api.json", true);
        events.event.put("rawPath", path);
        ObjectNode http = (ObjectNode) events.event.get("requestContext").get("http");
        http.put("method", method).put("path", path);
        return events;
    }

    Events stage(String stage) {
        ((ObjectNode) event.get("requestContext")).put("stage", stage);
        return this;
    }

    Events query(String name, String... values) {
        if (httpApi) {
            StringBuilder raw = new StringBuilder(event.path("rawQueryString").asText());
            for (String value : values) {
                raw.append(raw.length() == 0 ? "" : "&").append(name).append('=').append(value);
            }
            event.put("rawQueryString", raw.toString());
            return this;
        }
        objectField("queryStringParameters").put(name, values[values.length - 1]);
        ArrayNode all = objectField("multiValueQueryStringParameters").putArray(name);
        for (String value : values) {
            all.add(value);
        }
        return this;
    }

    Events header(String name, String value) {
        if (httpApi) {
            objectField("headers").put(name.toLowerCase(), value);
            return this;
        }
        objectField("headers").put(name, value);
        objectField("multiValueHeaders").putArray(name).add(value);
        return this;
    }

    Events json(String body) {
        event.put("body", body).put("isBase64Encoded", false);
        return header("Content-Type", "application/json");
    }

    Events text(String body) {
        event.put("body", body).put("isBase64Encoded", false);
        return this;
    }

    Events binary(byte[] body, String contentType) {
        event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
        return header("Content-Type", contentType);
    }

    byte[] bytes() {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    JsonNode tree() {
        return event.deepCopy();
    }

    private ObjectNode objectField(String name) {
        JsonNode node = event.get(name);
        if (node == null || !node.isObject()) {
            return event.putObject(name);
        }
        return (ObjectNode) node;
    }
}
