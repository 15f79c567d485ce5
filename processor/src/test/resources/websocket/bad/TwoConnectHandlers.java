package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.WebSocketEvent;

@App(name = "chat")
public class TwoConnectHandlers {
    @OnWsConnect
    public void connect(WebSocketEvent event) {}

    @OnWsConnect // a second one
    public void alsoConnect(WebSocketEvent event) {}
}
