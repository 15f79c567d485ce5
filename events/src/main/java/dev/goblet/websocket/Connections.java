package dev.goblet.websocket;

/**
 * The connections of the app's WebSocket API, by id: what a handler sends to, closes or asks about. Chalice's
 * {@code app.websocket_api.send / close / info}. Any function of the app may use one, not only the WebSocket
 * handlers: a route or a queue's function can send to a connection it knows the id of.
 *
 * <p>{@code goblet-websocket}'s {@code ApiGatewayConnections} is the one that ships (API Gateway's management API,
 * at the endpoint the template gives every function); {@code goblet-testing}'s {@code TestWebSocket} keeps what is
 * sent in memory, for tests without a network.
 */
public interface Connections {
    /** Sends {@code message} as one text frame; a connection that has closed throws {@link ConnectionGoneException}. */
    void send(String connectionId, String message);

    /** Closes the connection; the disconnect handler then runs. A closed one throws {@link ConnectionGoneException}. */
    void close(String connectionId);

    /** What API Gateway knows of the connection; a closed one throws {@link ConnectionGoneException}. */
    ConnectionInfo info(String connectionId);
}
