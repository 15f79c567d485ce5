package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class BadSelection {
    @OnWsMessage(route = "join", routeSelection = "action")
    public void join(String message) {}
}
