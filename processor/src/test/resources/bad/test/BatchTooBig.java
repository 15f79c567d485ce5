package test;

import dev.goblet.App;
import dev.goblet.event.OnSqsMessage;

@App(name = "batch-too-big")
public class BatchTooBig {
    @OnSqsMessage(queue = "jobs",
            batchSize = 20)
    public void run(String body) {}
}
