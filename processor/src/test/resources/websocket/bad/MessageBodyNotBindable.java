package test;

import dev.goblet.App;
import dev.goblet.websocket.OnWsMessage;

@App(name = "chat")
public class MessageBodyNotBindable {
    public interface Shape {}

    @OnWsMessage
    public void message(Shape shape) {}
}
