package dev.goblet.rooms;

import dev.goblet.App;
import dev.goblet.ForbiddenError;
import dev.goblet.websocket.ConnectionGoneException;
import dev.goblet.websocket.Connections;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import dev.goblet.websocket.WebSocketEvent;
import dev.goblet.websocket.aws.ApiGatewayConnections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One room: who connects gives a name; what one says, all hear; {"action": "leave"} closes one's connection. */
@App(name = "room")
public final class RoomApp {
    /** A line said with {"action": "say", "text": ...}. */
    public record Say(String action, String text) {}

    private final Connections connections;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public RoomApp() {
        this(ApiGatewayConnections.fromEnvironment());
    }

    public RoomApp(Connections connections) {
        this.connections = connections;
    }

    @OnWsConnect
    public void connect(WebSocketEvent event) {
        String name = event.query().get("name");
        if (name == null || name.isBlank()) {
            throw new ForbiddenError("Give your name: ?name=...");
        }
        names.put(event.connectionId(), name);
    }

    @OnWsMessage(route = "say")
    public void say(Say say, WebSocketEvent event) {
        broadcast(names.get(event.connectionId()) + ": " + say.text());
    }

    @OnWsMessage(route = "leave")
    public void leave(WebSocketEvent event) {
        connections.close(event.connectionId());
    }

    /** A bug: what it throws must reach neither the client nor API Gateway. */
    @OnWsMessage(route = "crash")
    public void crash(WebSocketEvent event) {
        throw new IllegalStateException("room store db-7.internal is down");
    }

    /** Anything else is answered to its sender alone. */
    @OnWsMessage
    public void other(String message, WebSocketEvent event) {
        connections.send(event.connectionId(), "Say {\"action\": \"say\", \"text\": ...}, not " + message);
    }

    @OnWsDisconnect
    public void disconnect(WebSocketEvent event) {
        String name = names.remove(event.connectionId());
        broadcast(name + " left");
    }

    private void broadcast(String line) {
        for (String connectionId : names.keySet()) {
            try {
                connections.send(connectionId, line);
            } catch (ConnectionGoneException e) {
                names.remove(e.connectionId());
            }
        }
    }
}
