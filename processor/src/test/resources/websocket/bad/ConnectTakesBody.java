package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsConnect;

@App(name = "chat")
public class ConnectTakesBody {
    @OnWsConnect
    public void connect(String greeting) {}
}
