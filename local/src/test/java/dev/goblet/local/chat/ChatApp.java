package dev.goblet.local.chat;

import dev.goblet.App;
import dev.goblet.UnauthorizedError;
import dev.goblet.websocket.ConnectionGoneException;
import dev.goblet.websocket.ConnectionInfo;
import dev.goblet.websocket.Connections;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import dev.goblet.websocket.WebSocketEvent;
import dev.goblet.websocket.aws.ApiGatewayConnections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chat: connect with {@code ?nick=ana}; {@code {"action": "say", "text": "hi"}} goes to everyone as
 * {@code ana: hi}; {@code {"action": "whoami"}} answers the sender with what the API knows of its connection;
 * {@code {"action": "quit"}} closes it; anything else is echoed back to the sender.
 */
@App(name = "chat")
public final class ChatApp {
    public record Say(String action, String text) {}

    private final Connections connections;
    private final Map<String, String> nicks = new ConcurrentHashMap<>();

    public ChatApp() {
        this(ApiGatewayConnections.fromEnvironment());
    }

    public ChatApp(Connections connections) {
        this.connections = connections;
    }

    @OnWsConnect
    public void connect(WebSocketEvent event) {
        String nick = event.query().get("nick");
        if (nick == null || nick.isBlank()) {
            throw new UnauthorizedError("Connect with ?nick=<your name>");
        }
        nicks.put(event.connectionId(), nick);
    }

    @OnWsMessage(route = "say")
    public void say(Say say, WebSocketEvent event) {
        broadcast(nicks.get(event.connectionId()) + ": " + say.text());
    }

    @OnWsMessage(route = "whoami")
    public void whoami(WebSocketEvent event) {
        ConnectionInfo info = connections.info(event.connectionId());
        connections.send(event.connectionId(), nicks.get(event.connectionId()) + " from " + info.sourceIp()
                + " since " + (info.connectedAt() != null));
    }

    @OnWsMessage(route = "quit")
    public void quit(WebSocketEvent event) {
        connections.close(event.connectionId());
    }

    @OnWsMessage
    public void echo(String message, WebSocketEvent event) {
        connections.send(event.connectionId(), "echo " + message);
    }

    @OnWsDisconnect
    public void disconnect(WebSocketEvent event) {
        String nick = nicks.remove(event.connectionId());
        if (nick != null) {
            broadcast(nick + " left");
        }
    }

    private void broadcast(String line) {
        for (String connectionId : nicks.keySet()) {
            try {
                connections.send(connectionId, line);
            } catch (ConnectionGoneException e) {
                nicks.remove(e.connectionId());
            }
        }
    }
}
