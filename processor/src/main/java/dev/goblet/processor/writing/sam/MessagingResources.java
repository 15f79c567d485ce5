package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TopicModel;

/**
 * The SQS queues and SNS topics an app declares, as one stage's template makes them: a queue's visibility timeout
 * follows the timeout its reader has in that stage, since Lambda refuses to read a queue that would show a
 * message again before the function is done with it.
 */
final class MessagingResources {
    /** Lambda's advice: six times the function's timeout. */
    private static final int VISIBILITY_PER_TIMEOUT = 6;
    private static final int SQS_DEFAULT_VISIBILITY = 30;
    private static final int SQS_MAX_VISIBILITY = 43_200;
    /** The longest SQS keeps a message: 14 days, so that a dead letter waits for someone to look. */
    private static final int DEAD_LETTER_RETENTION = 1_209_600;

    private final AppModel app;
    private final StageConfig stage;
    /** Which of them this stage takes from elsewhere, and so does not make. */
    private final MessagingElsewhere elsewhere;

    MessagingResources(AppModel app, StageConfig stage) {
        this.app = app;
        this.stage = stage;
        this.elsewhere = new MessagingElsewhere(app, stage, new TemplateParameters());
    }

    void addResources(ObjectNode resources) {
        for (QueueModel queue : app.queues().stream().filter(elsewhere::madeHere).toList()) {
            ObjectNode properties = object().put("QueueName", queue.name());
            if (queue.fifo()) {
                properties.put("FifoQueue", true);
            }
            properties.put("VisibilityTimeout", visibilityTimeout(queue));
            if (queue.maxReceiveCount() > 0) {
                String deadLetterId = queue.logicalId() + "DeadLetter";
                ObjectNode deadLetter = object().put("QueueName", queue.deadLetterName());
                if (queue.fifo()) {
                    deadLetter.put("FifoQueue", true);
                }
                deadLetter.put("MessageRetentionPeriod", DEAD_LETTER_RETENTION);
                resources.set(deadLetterId, resource("AWS::SQS::Queue", deadLetter));
                ObjectNode redrive = properties.putObject("RedrivePolicy");
                redrive.set("deadLetterTargetArn", getAtt(deadLetterId, "Arn"));
                redrive.put("maxReceiveCount", queue.maxReceiveCount());
            }
            resources.set(queue.logicalId(), resource("AWS::SQS::Queue", properties));
        }
        for (TopicModel topic : app.topics().stream().filter(elsewhere::madeHere).toList()) {
            ObjectNode properties = object().put("TopicName", topic.name());
            if (topic.name().endsWith(".fifo")) {
                properties.put("FifoTopic", true);
            }
            resources.set(topic.logicalId(), resource("AWS::SNS::Topic", properties));
        }
    }

    /** {@code <Queue>Url}, {@code <Queue>Arn} and {@code <Topic>Arn}, so that scripts and stacks can find them. */
    void addOutputs(ObjectNode outputs) {
        for (QueueModel queue : app.queues().stream().filter(elsewhere::madeHere).toList()) {
            outputs.putObject(queue.logicalId() + "Url").set("Value", ref(queue.logicalId()));
            outputs.putObject(queue.logicalId() + "Arn").set("Value", getAtt(queue.logicalId(), "Arn"));
        }
        for (TopicModel topic : app.topics().stream().filter(elsewhere::madeHere).toList()) {
            outputs.putObject(topic.logicalId() + "Arn").set("Value", ref(topic.logicalId()));
        }
    }

    private int visibilityTimeout(QueueModel queue) {
        if (queue.visibilityTimeout() > 0) {
            return queue.visibilityTimeout();
        }
        int longest = app.functions().stream()
                .filter(function -> function instanceof EventFunctionModel event
                        && event.source() instanceof EventSource.Sqs sqs
                        && sqs.queue().filter(queue.name()::equals).isPresent())
                .mapToInt(function -> stage.function(function.name()).timeout()).max().orElse(0);
        return Math.min(SQS_MAX_VISIBILITY, Math.max(SQS_DEFAULT_VISIBILITY, VISIBILITY_PER_TIMEOUT * longest));
    }
}
