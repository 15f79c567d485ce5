package test.chat;

import dev.goblet.App;
import dev.goblet.ForbiddenError;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import dev.goblet.websocket.WebSocketEvent;

/** A chat with only WebSocket handlers: no REST API. */
@App(name = "chat")
public class ChatApp {
    public record Say(String action, String text) {}

    @OnWsConnect
    public void connect(WebSocketEvent event) {
        if (event.query().get("name") == null) {
            throw new ForbiddenError("Give your name as ?name=...");
        }
    }

    @OnWsMessage
    public void message(String text, WebSocketEvent event) {}

    @OnWsMessage(route = "say")
    public void say(Say say) {}

    @OnWsDisconnect
    public void disconnect(WebSocketEvent event) {}
}
