package dev.goblet.processor.model;

import java.util.List;

/**
 * An SQS queue an app declares with {@code @SqsQueue}: the template makes it, its functions may send to it.
 *
 * @param name the queue's name
 * @param environmentVariable the variable that carries the queue's URL to the code
 * @param visibilityTimeout the seconds a received message stays hidden, 0 for six times its reader's timeout
 * @param maxReceiveCount the receives before a message goes to the dead-letter queue, 0 for none
 * @param functions the names of the functions that may send to it; empty for every function of the app
 */
public record QueueModel(String name, String environmentVariable, int visibilityTimeout, int maxReceiveCount,
        List<String> functions) {
    public QueueModel {
        functions = List.copyOf(functions);
    }

    /** {@code welcome-mails} is {@code WelcomeMailsQueue}. */
    public String logicalId() {
        return EventSource.logicalIdOf(name.replace(".fifo", "")) + "Queue";
    }

    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    /** {@code welcome-mails-dlq}, or {@code jobs-dlq.fifo} for {@code jobs.fifo}. */
    public String deadLetterName() {
        return fifo() ? name.substring(0, name.length() - 5) + "-dlq.fifo" : name + "-dlq";
    }
}
