package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * An event of a WebSocket API's connection, as API Gateway hands it to the connect, message or disconnect handler's
 * function: {@code requestContext} ({@code routeKey}, {@code eventType}, {@code connectionId}, {@code domainName},
 * {@code stage}, {@code identity} ...), the handshake's headers and query on connect, the message's body. Made by
 * {@link Events#webSocketConnect}, {@link Events#webSocketMessage} and {@link Events#webSocketDisconnect}.
 */
public final class WebSocketEventBuilder {
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ObjectNode context;

    WebSocketEventBuilder(String eventType, String routeKey, String connectionId) {
        Instant now = Instant.now();
        context = event.putObject("requestContext");
        context.put("routeKey", routeKey);
        context.put("eventType", eventType);
        context.put("extendedRequestId", UUID.randomUUID().toString());
        context.put("requestTime", REQUEST_TIME.format(now));
        context.put("messageDirection", "IN");
        context.put("stage", "api");
        context.put("connectedAt", now.toEpochMilli());
        context.put("requestTimeEpoch", now.toEpochMilli());
        context.putObject("identity").put("sourceIp", "127.0.0.1");
        context.put("requestId", UUID.randomUUID().toString());
        context.put("domainName", "abc123.execute-api.us-east-1.amazonaws.com");
        context.put("connectionId", connectionId);
        context.put("apiId", "abc123");
        if (eventType.equals("MESSAGE")) {
            context.put("messageId", UUID.randomUUID().toString());
        }
        if (eventType.equals("DISCONNECT")) {
            context.put("disconnectStatusCode", 1000);
            context.put("disconnectReason", "");
        }
        if (eventType.equals("CONNECT")) {
            event.putObject("headers");
            event.putObject("multiValueHeaders");
        }
        event.put("isBase64Encoded", false);
    }

    /** A header of the handshake, on connect; the {@code User-Agent} is the identity's too. */
    public WebSocketEventBuilder header(String name, String value) {
        ((ObjectNode) event.with("headers")).put(name, value);
        event.with("multiValueHeaders").putArray(name).add(value);
        if (name.equalsIgnoreCase("User-Agent")) {
            ((ObjectNode) context.get("identity")).put("userAgent", value);
        }
        return this;
    }

    /** A query parameter of the handshake, on connect. */
    public WebSocketEventBuilder query(String name, String value) {
        event.with("queryStringParameters").put(name, value);
        event.with("multiValueQueryStringParameters").putArray(name).add(value);
        return this;
    }

    public WebSocketEventBuilder body(String body) {
        event.put("body", body);
        return this;
    }

    /** The API's domain name: {@code host:port} locally. */
    public WebSocketEventBuilder domainName(String domainName) {
        context.put("domainName", domainName);
        return this;
    }

    public WebSocketEventBuilder stage(String stage) {
        context.put("stage", stage);
        return this;
    }

    public WebSocketEventBuilder sourceIp(String sourceIp) {
        ((ObjectNode) context.get("identity")).put("sourceIp", sourceIp);
        return this;
    }

    /** When the connection opened, in milliseconds since the epoch. */
    public WebSocketEventBuilder connectedAt(long epochMillis) {
        context.put("connectedAt", epochMillis);
        return this;
    }

    /** On disconnect: the close frame's status code and reason. */
    public WebSocketEventBuilder disconnect(int statusCode, String reason) {
        context.put("disconnectStatusCode", statusCode);
        context.put("disconnectReason", reason);
        return this;
    }

    public ObjectNode build() {
        return event.deepCopy();
    }
}
