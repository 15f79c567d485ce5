package test;

import dev.goblet.websocket.OnWsDisconnect;

public class HandlerOutsideApp {
    @OnWsDisconnect
    public void gone() {}
}
