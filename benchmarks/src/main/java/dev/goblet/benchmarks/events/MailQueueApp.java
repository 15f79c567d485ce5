package dev.goblet.benchmarks.events;

import dev.goblet.App;
import dev.goblet.event.OnSqsMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sends mails from an SQS queue, one message at a time; a mail without an address fails its message alone. */
@App(name = "mail-queue")
public final class MailQueueApp {
    /** A mail, as the queue's messages carry it. */
    public record Mail(String to, String subject) {}

    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    @OnSqsMessage(queue = "mails", batchSize = 10)
    public void send(Mail mail) {
        if (!mail.to().contains("@")) {
            throw new IllegalArgumentException("No address in " + mail.to());
        }
        sent.merge(mail.to(), 1, Integer::sum);
    }
}
