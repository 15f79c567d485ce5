package test;

import dev.goblet.App;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.SqsMessage;

@App(name = "two-event-parameters")
public class TwoEventParameters {
    @OnSqsMessage(queue = "jobs")
    public void run(SqsMessage message,
            String body) {}
}
