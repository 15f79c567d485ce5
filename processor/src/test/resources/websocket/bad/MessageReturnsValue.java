package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class MessageReturnsValue {
    @OnWsMessage
    public String message(String text) {
        return text;
    }
}
