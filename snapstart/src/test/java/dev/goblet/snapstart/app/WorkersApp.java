package dev.goblet.snapstart.app;

import dev.goblet.App;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.EventCall;
import dev.goblet.event.EventMiddleware;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.NextEvent;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.Schedule;
import dev.goblet.event.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Event functions of every kind whose every method records that it ran: priming must leave {@link #calls} empty. */
@App(name = "workers")
public class WorkersApp {
    /** What ran of the app's own code, in order. */
    public final List<String> calls = new CopyOnWriteArrayList<>();

    public enum Priority { LOW, HIGH }

    public record Job(String id, int size, Priority priority, List<String> tags) {
        public Job {
            if (id.isBlank()) {
                throw new IllegalArgumentException("a job needs an id");
            }
        }
    }

    public record Names(List<String> names) {}

    public record Count(int count) {}

    @OnSqsMessage(queue = "jobs")
    public void runJob(Job job) {
        calls.add("runJob " + job.id());
    }

    @OnSnsMessage(topic = "news")
    public void onNews(Job job) {
        calls.add("onNews");
    }

    @OnKinesisRecord(stream = "clicks")
    public void onClick(Job job) {
        calls.add("onClick");
    }

    @OnDynamoDbRecord(streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Jobs/stream/2020-01-01T00:00:00.000")
    public void onJobChange(DynamoDbRecord change) {
        calls.add("onJobChange");
    }

    @OnEventBridge(pattern = "{\"source\": [\"jobs\"]}")
    public void onJobEvent(EventBridgeEvent event) {
        calls.add("onJobEvent");
    }

    @Schedule("rate(1 day)")
    public void nightly(ScheduledEvent event) {
        calls.add("nightly");
    }

    @LambdaFunction
    public Count countNames(Names names) {
        calls.add("countNames");
        return new Count(names.names().size());
    }

    @EventMiddleware
    public JsonNode audit(EventCall call, NextEvent next) throws Exception {
        calls.add("middleware");
        return next.proceed(call);
    }
}
