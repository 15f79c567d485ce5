package dev.goblet.websocket;

import java.util.Map;

/**
 * One event of a WebSocket connection, as API Gateway hands it to the connect, message or disconnect handler.
 *
 * @param eventType {@code CONNECT}, {@code MESSAGE} or {@code DISCONNECT}
 * @param routeKey the route that picked the handler: {@code $connect}, {@code $disconnect}, {@code $default} or a
 *     message handler's route
 * @param connectionId the connection's id: what {@link Connections} sends to
 * @param domainName the API's domain name, such as {@code abc123.execute-api.eu-west-1.amazonaws.com}
 * @param stage the API's stage, such as {@code api}
 * @param requestId API Gateway's id of this event
 * @param sourceIp the client's address
 * @param body the message's text; null on connect and disconnect
 * @param headers the handshake's headers, on connect only (empty otherwise); names as the client sent them
 * @param query the handshake's query parameters, on connect only (empty otherwise)
 */
public record WebSocketEvent(String eventType, String routeKey, String connectionId, String domainName,
        String stage, String requestId, String sourceIp, String body, Map<String, String> headers,
        Map<String, String> query) {
    public WebSocketEvent {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
    }

    /** The header {@code name}, whatever its case; null when the handshake had none. */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }
}
