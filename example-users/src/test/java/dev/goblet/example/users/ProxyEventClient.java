package dev.goblet.example.users;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import dev.goblet.function.ApiFunction;
import dev.goblet.testing.DocumentedAnswers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calls a Lambda handler the way API Gateway does: each call is a REST API (payload 1.0) proxy event written
 * as JSON bytes into {@code handleRequest}, and the proxy response is read back from the bytes it writes. Every
 * answer of a routed request is checked against the service's OpenAPI document ({@link DocumentedAnswers}): a
 * status it does not declare, or a body its schema rejects, fails the test that got it.
 */
final class ProxyEventClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestStreamHandler handler;
    private final DocumentedAnswers document;

    ProxyEventClient(RequestStreamHandler handler) {
        this.handler = handler;
        this.document = handler instanceof ApiFunction api
                ? DocumentedAnswers.of(api.appName(), ProxyEventClient.class.getClassLoader()) : null;
    }

    /** The proxy response: status, single-valued headers, and the body as text and, when it is JSON, as a tree. */
    record Reply(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("Code").asText();
        }

        String message() {
            return json().path("Message").asText();
        }
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    Reply post(String path, String body) {
        return send("POST", path, body, "application/json");
    }

    Reply put(String path, String body) {
        return send("PUT", path, body, "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends one event; {@code pathAndQuery} may carry a query string, percent-encoded as a client would. */
    Reply send(String method, String pathAndQuery, String body, String contentType) {
        ObjectNode event = event(method, pathAndQuery, body, contentType);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
            JsonNode response = JSON.readTree(out.toByteArray());
            Map<String, String> headers = JSON.convertValue(response.path("headers"),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
            Reply reply = new Reply(response.path("statusCode").asInt(), headers, response.path("body").asText());
            checkAgainstDocument(method, event.path("path").asText(), reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkAgainstDocument(String method, String path, Reply reply) {
        if (document == null) {
            return;
        }
        ((ApiFunction) handler).match(method, path).ifPresent(match -> {
            List<String> problems = document.problems(method, match.route().template(), reply.status(),
                    reply.body().getBytes(StandardCharsets.UTF_8));
            if (!problems.isEmpty()) {
                throw new AssertionError("Not as openapi.json says: " + problems + "\n" + reply);
            }
        });
    }

    private static ObjectNode event(String method, String pathAndQuery, String body, String contentType) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", "/{proxy+}");
        event.put("path", path);
        event.put("httpMethod", method);
        ObjectNode headers = event.putObject("headers");
        ObjectNode multiHeaders = event.putObject("multiValueHeaders");
        headers.put("Host", "n6doqg3ewl.execute-api.eu-west-1.amazonaws.com");
        multiHeaders.putArray("Host").add("n6doqg3ewl.execute-api.eu-west-1.amazonaws.com");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
            multiHeaders.putArray("Content-Type").add(contentType);
        }
        if (question < 0) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode query = event.putObject("queryStringParameters");
            ObjectNode multiQuery = event.putObject("multiValueQueryStringParameters");
            for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                query.put(name, value);
                (multiQuery.has(name) ? (ArrayNode) multiQuery.get(name)
                        : multiQuery.putArray(name)).add(value);
            }
        }
        event.putNull("pathParameters");
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext");
        context.put("resourcePath", "/{proxy+}");
        context.put("httpMethod", method);
        context.put("path", "/api" + path);
        context.put("stage", "api");
        context.put("requestId", UUID.randomUUID().toString());
        context.putObject("identity").put("sourceIp", "127.0.0.1").put("userAgent", "curl/8.5.0");
        if (body == null) {
            event.putNull("body");
        } else {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return event;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
