package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import java.util.Optional;

/**
 * The {@code Events} of an event function's {@code AWS::Serverless::Function}, one rule per kind of source, under
 * Chalice's keys: {@code <Id>Event} for a schedule, {@code <Id>SqsEventSource}, {@code <Id>SnsSubscription}.
 */
final class EventSources {
    private EventSources() {}

    /** The function's events; empty for a function invoked directly. */
    static Optional<ObjectNode> events(EventFunctionModel function) {
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
            properties.set("Queue", sub(sqs.arn()));
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
            event(events, id + "SnsSubscription", "SNS").set("Topic", sub(sns.arn()));
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(events);
    }

    private static ObjectNode event(ObjectNode events, String key, String type) {
        ObjectNode event = events.putObject(key);
        event.put("Type", type);
        return event.putObject("Properties");
    }
}
