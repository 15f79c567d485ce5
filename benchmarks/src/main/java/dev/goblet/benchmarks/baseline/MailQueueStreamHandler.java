package dev.goblet.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQS mail sender written by hand, as a careful Java developer writes one with Jackson and no framework: the
 * same work as {@code MailQueueApp}'s generated entry point, partial batch failures included.
 */
public final class MailQueueStreamHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A mail, as the queue's messages carry it. */
    public record Mail(String to, String subject) {}

    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode failures = answer.putArray("batchItemFailures");
        for (JsonNode record : event.path("Records")) {
            try {
                Mail mail = JSON.readValue(record.path("body").asText(), Mail.class);
                if (!mail.to().contains("@")) {
                    throw new IllegalArgumentException("No address in " + mail.to());
                }
                sent.merge(mail.to(), 1, Integer::sum);
            } catch (IOException | RuntimeException e) {
                context.getLogger().log("Message " + record.path("messageId").asText() + " failed: " + e);
                failures.addObject().put("itemIdentifier", record.path("messageId").asText());
            }
        }
        JSON.writeValue(output, answer);
    }
}
