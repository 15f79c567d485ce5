package dev.goblet.benchmarks.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * API Gateway REST (payload 1.0) events for the users API, built from a full recorded event so that every handler
 * parses as much as it would in Lambda: headers, identity, request context.
 */
public final class ProxyEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode TEMPLATE = load();

    private ProxyEvents() {}

    /** An event for {@code method path} with these query parameters and this JSON body (or null), on one line. */
    public static String rest(String method, String resource, String path, Map<String, String> query, String body) {
        ObjectNode event = TEMPLATE.deepCopy();
        event.put("httpMethod", method).put("path", path).put("resource", resource);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("httpMethod", method).put("path", "/api" + path).put("resourcePath", resource);
        if (!query.isEmpty()) {
            ObjectNode single = event.putObject("queryStringParameters");
            ObjectNode multi = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, value) -> {
                single.put(name, value);
                multi.putArray(name).add(value);
            });
        }
        if (body != null) {
            // API Gateway sends a JSON body base64-encoded when binary media types are configured: the harder case.
            event.put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
            event.put("isBase64Encoded", true);
        }
        return event.toString();
    }

    /** The first event of every cold start: create a user. */
    public static String createUser(String username) {
        return rest("POST", "/users", "/users", Map.of(), userJson(username));
    }

    /**
     * A mixed stream over {@code users} users, as {@code status<TAB>event} lines: create them all, read each, update
     * each, list pages of ten, delete each. It leaves the store as it found it, so it can be replayed.
     */
    public static List<String> userStream(int users) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            lines.add("201\t" + rest("POST", "/users", "/users", Map.of(), userJson(name(i))));
        }
        for (int i = 0; i < users; i++) {
            lines.add("200\t" + rest("GET", "/users/{username}", "/users/" + name(i), Map.of(), null));
        }
        for (int i = 0; i < users; i++) {
            lines.add("200\t" + rest("PUT", "/users/{username}", "/users/" + name(i), Map.of(),
                    "{\"displayName\":\"User " + i + "\"}"));
        }
        for (int i = 0; i < users; i += 10) {
            lines.add("200\t" + rest("GET", "/users", "/users", Map.of("limit", "10"), null));
        }
        for (int i = 0; i < users; i++) {
            lines.add("204\t" + rest("DELETE", "/users/{username}", "/users/" + name(i), Map.of(), null));
        }
        return lines;
    }

    /** The first event of an SQS function's cold start: a batch of one mail, which it sends. */
    public static String mailBatch() {
        return sqsBatch(0, 1, -1);
    }

    /**
     * A stream of SQS batches of ten mails, as {@code expected<TAB>event} lines where {@code expected} is what the
     * answer must hold: every fourth batch has one mail without an address, which alone is reported failed.
     */
    public static List<String> mailStream(int batches) {
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            int bad = b % 4 == 3 ? 7 : -1;
            String expected = bad < 0 ? "{\"batchItemFailures\":[]}"
                    : "{\"batchItemFailures\":[{\"itemIdentifier\":\"" + messageId(b, bad) + "\"}]}";
            lines.add(expected + "\t" + sqsBatch(b, 10, bad));
        }
        return lines;
    }

    private static String sqsBatch(int batch, int size, int bad) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (int m = 0; m < size; m++) {
            ObjectNode record = records.addObject();
            record.put("messageId", messageId(batch, m));
            record.put("receiptHandle", "AQEB" + batch + "x" + m);
            String to = m == bad ? "nobody" : "user-" + m + "@example.com";
            record.put("body", "{\"to\":\"" + to + "\",\"subject\":\"Welcome\"}");
            ObjectNode attributes = record.putObject("attributes");
            attributes.put("ApproximateReceiveCount", "1");
            attributes.put("SentTimestamp", "1545082649183");
            record.putObject("messageAttributes");
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:mails");
            record.put("awsRegion", "us-east-1");
        }
        return event.toString();
    }

    private static String messageId(int batch, int message) {
        return String.format("%08d-0000-4000-8000-%012d", batch, message);
    }

    private static String name(int i) {
        return "user-" + i;
    }

    private static String userJson(String username) {
        return "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\"}";
    }

    private static ObjectNode load() {
        try (InputStream in = ProxyEvents.class.getResourceAsStream("/events/rest-event.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
