package test.narrowed;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.Schedule;
import dev.goblet.event.SnsTopic;
import dev.goblet.event.SqsQueue;

/**
 * An app whose table, queue and topic each name the functions that may use them: the routes alone use the table,
 * its stream's reader alone sends mails, and the stream's reader and the report publish events.
 */
@App(name = "narrowed")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "USERS_TABLE",
        stream = "NEW_AND_OLD_IMAGES", functions = "api_handler")
@SqsQueue(name = "welcome-mails", environmentVariable = "WELCOME_MAILS_QUEUE_URL", functions = "on_user_change")
@SnsTopic(name = "user-events", environmentVariable = "USER_EVENTS_TOPIC_ARN",
        functions = {"on_user_change", "report"})
public final class NarrowedApp {
    public record Mail(String to) {}

    @Route(path = "/users/{username}")
    public String user(String username) {
        return username;
    }

    @OnDynamoDbRecord(table = "UsersTable")
    public void onUserChange(DynamoDbRecord change) {}

    @OnSqsMessage(queue = "welcome-mails")
    public void sendWelcomeMail(Mail mail) {}

    @Schedule(value = "rate(1 day)", name = "report")
    public void report() {}
}
