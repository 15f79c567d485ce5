package test;

import dev.goblet.App;
import dev.goblet.event.SqsQueue;

@App(name = "unknown-resource-user")
@SqsQueue(name = "welcome-mails", environmentVariable = "WELCOME_MAILS_QUEUE_URL", functions = "send_welcom_mail")
public class UnknownResourceUser {
    @dev.goblet.Route(path = "/")
    public String index() { return "ok"; }

    @dev.goblet.event.OnSqsMessage(queue = "welcome-mails")
    public void sendWelcomeMail(String mail) {}
}
