package test;

import dev.goblet.App;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.SqsQueue;

@App(name = "bad-declared-queue")
@SqsQueue(name = "welcome mails", environmentVariable = "MAILS_URL")
public class BadDeclaredQueue {
    @OnSqsMessage(queue = "mails")
    public void send(String mail) {}
}
