package dev.goblet.processor.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.App;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.KinesisRecord;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.Route;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.event.Schedule;
import dev.goblet.event.ScheduledEvent;
import dev.goblet.event.SnsMessage;
import dev.goblet.event.SqsMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An app with a function of every event kind beside its one route; the processor writes an entry point for each. */
@App(name = "events-app")
public final class EventsApp {
    /** A mail to send, as the queue's messages carry it. */
    public record Mail(String to, String subject) {}

    /** A change to a user, as the topic's messages carry it. */
    public record UserChange(String username, String change) {}

    /** The detail of a "User Verified" event. */
    public record Verification(String username, String method) {}

    public record Numbers(int a, int b) {}

    public record Total(int sum) {}

    /** What the functions saw, in order. */
    public final List<String> seen = new CopyOnWriteArrayList<>();

    @Route(path = "/health")
    public String health() {
        return "ok";
    }

    /** One message at a time: a mail to fail@ fails that message only. */
    @OnSqsMessage(queue = "mails", batchSize = 10, maximumBatchingWindow = 5, maximumConcurrency = 5)
    public void sendMail(Mail mail) {
        if (mail.to().startsWith("fail@")) {
            throw new IllegalStateException("SMTP relay smtp-7.internal refused " + mail.to());
        }
        seen.add("mail " + mail.to());
    }

    /** The whole batch at once, by ARN, under a name of its own. */
    @OnSqsMessage(queueArn = "arn:aws:sqs:us-east-1:123456789012:audit", batchSize = 5, name = "audit_batch")
    public void audit(List<SqsMessage> batch, Context context) {
        if (batch.stream().anyMatch(message -> message.body().contains("fail@"))) {
            throw new IllegalStateException("audit store down");
        }
        batch.forEach(message -> seen.add("audit " + message.messageId()));
    }

    @OnSnsMessage(topic = "user-events")
    public void onUserChange(UserChange change) {
        seen.add("user " + change.username() + " " + change.change());
    }

    @OnSnsMessage(topic = "arn:aws:sns:us-east-1:123456789012:raw", name = "raw_notifications")
    public void rawNotification(SnsMessage message) {
        seen.add("raw " + message.subject() + " " + message.messageAttributes().get("kind"));
    }

    @Schedule(value = "rate(1 day)", description = "Purges unverified users")
    public void purge(ScheduledEvent event) {
        seen.add("purge " + event.time());
    }

    @Schedule("cron(0 12 * * ? *)")
    public void noon() {
        seen.add("noon");
    }

    @OnS3Event(bucket = "avatars-upload", prefix = "incoming/", suffix = ".png")
    public void resizeAvatar(S3ObjectEvent upload) {
        seen.add("avatar " + upload.bucket() + " " + upload.key() + " " + upload.size() + " " + upload.eventName());
    }

    @OnEventBridge(pattern = "{\"source\": [\"users.service\"], \"detail-type\": [\"User Verified\"]}")
    public void onVerified(Verification verification) {
        seen.add("verified " + verification.username() + " by " + verification.method());
    }

    @OnEventBridge(pattern = "{\"source\": [{\"prefix\": \"users.\"}]}", bus = "users", name = "all_user_events")
    public void onAnyUserEvent(EventBridgeEvent event, Context context) {
        seen.add(event.detailType() + " from " + event.source() + " " + event.detail().path("username").asText());
    }

    /** A change of user "fail" fails its record. */
    @OnDynamoDbRecord(streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Users/stream/2026-11-30T00:00:00.000",
            batchSize = 50, startingPosition = "TRIM_HORIZON")
    public void onUserRecord(DynamoDbRecord change) {
        if (change.keys().path("username").asText().equals("fail")) {
            throw new IllegalStateException("search index es-3.internal is down");
        }
        seen.add(change.eventName() + " " + change.keys() + " new=" + change.newImage() + " old=" + change.oldImage());
    }

    /** A click, its JSON data bound to a record. */
    public record Click(String page, String user) {}

    @OnKinesisRecord(stream = "clicks", batchSize = 500, maximumBatchingWindow = 2)
    public void countClick(Click click) {
        seen.add("click " + click.user() + " " + click.page());
    }

    @OnKinesisRecord(streamArn = "arn:aws:kinesis:eu-west-1:123456789012:stream/raw", name = "raw_clicks")
    public void rawClick(KinesisRecord record) {
        seen.add("raw " + record.partitionKey() + " " + record.text());
    }

    @LambdaFunction
    public Total add(Numbers numbers) {
        return new Total(numbers.a() + numbers.b());
    }

    @LambdaFunction(name = "echo_tree")
    public JsonNode echo(JsonNode payload, Context context) {
        return payload;
    }
}
