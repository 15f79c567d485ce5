package test.signup;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.SnsTopic;
import dev.goblet.event.SqsQueue;

/** An API that queues mails and publishes events, with the queue and topic declared beside the code. */
@App(name = "signup")
@SqsQueue(name = "welcome-mails", environmentVariable = "WELCOME_MAILS_QUEUE_URL", maxReceiveCount = 5)
@SqsQueue(name = "audit.fifo", environmentVariable = "AUDIT_QUEUE_URL", visibilityTimeout = 90)
@SnsTopic(name = "user-events", environmentVariable = "USER_EVENTS_TOPIC_ARN")
public final class SignupApp {
    public record Signup(String username, String email) {}

    @Route(path = "/signups", methods = HttpMethod.POST, status = 202)
    public Signup signUp(Signup signup) {
        return signup;
    }

    @OnSqsMessage(queue = "welcome-mails", batchSize = 10)
    public void sendWelcomeMail(Signup signup) {}

    @OnSnsMessage(topic = "user-events")
    public void onUserEvent(String message) {}

    @OnSnsMessage(topic = "elsewhere-events")
    public void onOtherEvent(String message) {}
}
