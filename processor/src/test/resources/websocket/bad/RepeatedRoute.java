package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class RepeatedRoute {
    @OnWsMessage(route = "join")
    public void join(String message) {}

    @OnWsMessage(route = "join") // again
    public void enter(String message) {}
}
