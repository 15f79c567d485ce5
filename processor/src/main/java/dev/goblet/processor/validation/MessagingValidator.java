package dev.goblet.processor.validation;

import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.model.TopicModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * The rules of the queues and topics an app declares: names SQS and SNS take, attributes in range, and
 * environment variables that are valid and not taken by another queue, topic or table. As with repeated tables, an
 * error is shown on the class: javac gives repeated annotations no position of their own.
 */
public final class MessagingValidator {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final ValidationReport report;

    public MessagingValidator(ValidationReport report) {
        this.report = report;
    }

    public boolean validate(TypeElement type, List<QueueModel> queues, List<TopicModel> topics,
            List<TableModel> tables) {
        Set<String> variables = new HashSet<>();
        tables.forEach(table -> variables.add(table.environmentVariable()));
        Set<String> ids = new HashSet<>();
        boolean clean = true;
        for (QueueModel queue : queues) {
            clean &= check(type, EventFunctionValidator.QUEUE_NAME.matcher(queue.name()).matches(),
                    ErrorMessages.badQueueName(queue.name()));
            clean &= check(type, queue.visibilityTimeout() >= 0 && queue.visibilityTimeout() <= 43_200,
                    ErrorMessages.badBatch("visibilityTimeout", queue.visibilityTimeout(),
                            "0 (six times its reader's timeout) to 43,200 seconds"));
            clean &= check(type, queue.maxReceiveCount() >= 0 && queue.maxReceiveCount() <= 1000,
                    ErrorMessages.badBatch("maxReceiveCount", queue.maxReceiveCount(),
                            "0 (no dead-letter queue) to 1,000"));
            clean &= variable(type, queue.environmentVariable(), "queue " + queue.name(), variables);
            clean &= check(type, ids.add(queue.logicalId()), ErrorMessages.duplicateMessaging(queue.name()));
        }
        for (TopicModel topic : topics) {
            clean &= check(type, EventFunctionValidator.TOPIC_NAME.matcher(topic.name()).matches(),
                    ErrorMessages.badTopic(topic.name()));
            clean &= variable(type, topic.environmentVariable(), "topic " + topic.name(), variables);
            clean &= check(type, ids.add(topic.logicalId()), ErrorMessages.duplicateMessaging(topic.name()));
        }
        return clean;
    }

    private boolean variable(TypeElement type, String variable, String owner, Set<String> taken) {
        return check(type, VARIABLE.matcher(variable).matches() && taken.add(variable),
                ErrorMessages.badMessagingVariable(owner, variable));
    }

    private boolean check(TypeElement type, boolean good, String message) {
        if (!good) {
            report.error(message, type);
        }
        return good;
    }
}
