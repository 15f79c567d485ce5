package test.chatapi;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.websocket.OnWsMessage;

/** Routes and a queue beside a WebSocket message handler: every function may send to the connections. */
@App(name = "chat-api")
public class ChatWithApi {
    @Route(path = "/rooms")
    public String rooms() {
        return "lobby";
    }

    @OnSqsMessage(queue = "announcements")
    public void announce(String text) {}

    @OnWsMessage(route = "say", routeSelection = "$request.body.type")
    public void say(String text) {}
}
