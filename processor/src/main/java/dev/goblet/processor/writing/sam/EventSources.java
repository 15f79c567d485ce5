package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code Events} of an event function's {@code AWS::Serverless::Function}, one rule per kind of source, under
 * Chalice's keys: {@code <Id>Event} for a schedule or an EventBridge rule, {@code <Id>SqsEventSource},
 * {@code <Id>SnsSubscription}, and {@code <Id>S3Event} (Chalice packages no S3 events).
 */
final class EventSources {
    private EventSources() {}

    /**
     * The function's events; empty for a function invoked directly. {@code tableStream} gives the ARN of a declared
     * table's stream in this stage.
     */
    static Optional<ObjectNode> events(EventFunctionModel function, AppModel app, MessagingElsewhere messaging,
            Function<String, JsonNode> tableStream) {
        EventSource source = function.source();
        String id = function.logicalId();
        ObjectNode events = object();
        if (source instanceof EventSource.Schedule schedule) {
            ObjectNode properties = event(events, id + "Event", "Schedule");
            properties.put("Schedule", schedule.expression());
            if (!schedule.description().isEmpty()) {
                properties.put("Description", schedule.description());
            }
        } else if (source instanceof EventSource.Sqs sqs) {
            ObjectNode properties = event(events, id + "SqsEventSource", "SQS");
            // A queue the app declares is referred to, so that CloudFormation makes it before it is read; one a stage
            // takes from elsewhere by the ARN of the URL it gives.
            properties.set("Queue", sqs.queue().flatMap(app::queue).map(messaging::arnValue)
                    .orElseGet(() -> sub(sqs.arn())));
            properties.put("BatchSize", sqs.batchSize());
            if (sqs.batchingWindow() > 0) {
                properties.put("MaximumBatchingWindowInSeconds", sqs.batchingWindow());
            }
            if (sqs.maximumConcurrency() > 0) {
                properties.putObject("ScalingConfig").put("MaximumConcurrency", sqs.maximumConcurrency());
            }
            // Failed messages are reported one by one, so that the queue retries only them.
            properties.putArray("FunctionResponseTypes").add("ReportBatchItemFailures");
        } else if (source instanceof EventSource.Sns sns) {
            event(events, id + "SnsSubscription", "SNS").set("Topic", app.topic(sns.topic())
                    .map(messaging::arnValue).orElseGet(() -> sub(sns.arn())));
        } else if (source instanceof EventSource.S3 s3) {
            s3Event(event(events, id + "S3Event", "S3"), s3);
        } else if (source instanceof EventSource.Stream stream) {
            boolean dynamodb = stream.service() == EventSource.Stream.Service.DYNAMODB;
            ObjectNode properties = event(events, id + (dynamodb ? "DynamodbEventSource" : "KinesisEventSource"),
                    dynamodb ? "DynamoDB" : "Kinesis");
            properties.set("Stream", stream.table().map(tableStream).orElseGet(() -> sub(stream.arn())));
            properties.put("StartingPosition", stream.startingPosition());
            properties.put("BatchSize", stream.batchSize());
            if (stream.batchingWindow() > 0) {
                properties.put("MaximumBatchingWindowInSeconds", stream.batchingWindow());
            }
            // A failed record is reported by its sequence number, so that the stream resumes from it.
            properties.putArray("FunctionResponseTypes").add("ReportBatchItemFailures");
        } else if (source instanceof EventSource.EventBridge rule) {
            ObjectNode properties = event(events, id + "Event", "EventBridgeRule");
            properties.set("Pattern", TemplateValues.json(rule.pattern()));
            if (!rule.bus().isEmpty()) {
                properties.put("EventBusName", rule.bus());
            }
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(events);
    }

    private static void s3Event(ObjectNode properties, EventSource.S3 s3) {
        properties.set("Bucket", ref(s3.bucketLogicalId()));
        ArrayNode types = properties.putArray("Events");
        s3.events().forEach(types::add);
        ArrayNode rules = object().arrayNode();
        if (!s3.prefix().isEmpty()) {
            rules.addObject().put("Name", "prefix").put("Value", s3.prefix());
        }
        if (!s3.suffix().isEmpty()) {
            rules.addObject().put("Name", "suffix").put("Value", s3.suffix());
        }
        if (!rules.isEmpty()) {
            properties.putObject("Filter").putObject("S3Key").set("Rules", rules);
        }
    }

    private static ObjectNode event(ObjectNode events, String key, String type) {
        ObjectNode event = events.putObject(key);
        event.put("Type", type);
        return event.putObject("Properties");
    }
}
