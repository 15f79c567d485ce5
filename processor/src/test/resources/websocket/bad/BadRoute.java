package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class BadRoute {
    @OnWsMessage(route = "$connect")
    public void connect(String message) {}
}
