package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class SelectionDiffers {
    @OnWsMessage(route = "join", routeSelection = "$request.body.type")
    public void join(String message) {}

    @OnWsMessage(route = "leave")
    public void leave(String message) {}
}
