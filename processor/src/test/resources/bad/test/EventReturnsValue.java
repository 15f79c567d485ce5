package test;

import dev.goblet.App;
import dev.goblet.event.OnSnsMessage;

@App(name = "event-returns-value")
public class EventReturnsValue {
    @OnSnsMessage(topic = "news")
    public String read(String message) { return message; }
}
