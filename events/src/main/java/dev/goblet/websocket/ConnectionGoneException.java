package dev.goblet.websocket;

/**
 * The connection has closed (API Gateway's {@code 410 Gone}): the client went away, or was disconnected. Chalice's
 * {@code WebsocketDisconnectedError}. Forget the id; nothing more can reach it.
 */
public class ConnectionGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String connectionId;

    public ConnectionGoneException(String connectionId) {
        super("Connection " + connectionId + " is gone", null, false, false);
        this.connectionId = connectionId;
    }

    /** The id of the connection that has closed. */
    public String connectionId() {
        return connectionId;
    }
}
