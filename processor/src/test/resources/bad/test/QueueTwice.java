package test;

import dev.goblet.App;
import dev.goblet.event.OnSqsMessage;

@App(name = "queue-twice")
public class QueueTwice {
    @OnSqsMessage(queue = "jobs", queueArn = "arn:aws:sqs:us-east-1:123456789012:jobs")
    public void run(String body) {}
}
