package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.event.FunctionError;
import dev.goblet.function.GobletFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Events shaped as AWS sends them ({@code src/test/resources/events/}), in at each generated entry point of
 * {@link EventsApp} through Lambda's stream interface, and what comes out: SQS partial batch failures, failures
 * that fail the invocation and reveal nothing, bound bodies, pure functions' results.
 */
class EventFunctionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventsApp app = new EventsApp();
    private final StringBuilder log = new StringBuilder();
    private final Context context = context(log);

    @Test
    void sqsReportsOnlyTheMessageThatFailedAndHandlesTheOthers() throws IOException {
        JsonNode answer = invoke(new EventsAppSendMailHandler(app), fixture("sqs-batch.json"));

        assertThat(answer.toString()).isEqualTo(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}");
        assertThat(app.seen).containsExactly("mail ana@example.com", "mail bo@example.com");
        assertThat(log).contains("Message 2e1424d4-f796-459a-8184-9c92662be6da failed in function send_mail",
                "smtp-7.internal");
    }

    @Test
    void sqsMessageThatDoesNotBindFailsAloneAndSaysWhy() throws IOException {
        ObjectNode event = fixture("sqs-batch.json");
        ((ObjectNode) event.get("Records").get(0)).put("body", "{\"to\": 42, \"subject\": \"x\", \"extra\": 1}");

        JsonNode answer = invoke(new EventsAppSendMailHandler(app), event);

        assertThat(answer.at("/batchItemFailures").findValuesAsText("itemIdentifier")).containsExactly(
                "059f36b4-87a3-44ab-83d2-661975830a7d", "2e1424d4-f796-459a-8184-9c92662be6da");
        assertThat(app.seen).containsExactly("mail bo@example.com");
        // The generated codec reads in document order and names the first field that does not bind.
        assertThat(log).contains("Invalid message body field 'to': expected a string");
    }

    @Test
    void messageWithAFieldItsRecordLacksFailsAndNamesIt() throws IOException {
        ObjectNode event = fixture("sqs-batch.json");
        ((ObjectNode) event.get("Records").get(0)).put("body", "{\"to\": \"a@example.com\", \"extra\": 1}");

        JsonNode answer = invoke(new EventsAppSendMailHandler(app), event);

        assertThat(answer.at("/batchItemFailures").findValuesAsText("itemIdentifier"))
                .contains("059f36b4-87a3-44ab-83d2-661975830a7d");
        assertThat(log).contains("extra");
    }

    @Test
    void sqsBatchFailsOrSucceedsAsOne() throws IOException {
        ObjectNode event = fixture("sqs-batch.json");
        JsonNode failed = invoke(new EventsAppAuditBatchHandler(app), event);
        assertThat(failed.at("/batchItemFailures").size()).isEqualTo(3);
        assertThat(app.seen).isEmpty();

        ((ArrayNode) event.get("Records")).remove(1);
        JsonNode handled = invoke(new EventsAppAuditBatchHandler(app), event);
        assertThat(handled.at("/batchItemFailures").size()).isZero();
        assertThat(app.seen).containsExactly("audit 059f36b4-87a3-44ab-83d2-661975830a7d",
                "audit 6a1d2b39-8e94-4c5f-b8a9-0b6a12d3f001");
    }

    @Test
    void snsMessageBindsToARecordOrComesWhole() throws IOException {
        invoke(new EventsAppOnUserChangeHandler(app), fixture("sns.json"));
        invoke(new EventsAppRawNotificationsHandler(app), fixture("sns.json"));

        assertThat(app.seen).containsExactly("user ana created", "raw user created user");
    }

    @Test
    void aFailureFailsTheInvocationAndRevealsNothing() {
        ObjectNode event = fixture("sns.json");
        ((ObjectNode) event.at("/Records/0/Sns")).put("Message", "not json");
        GobletFunction function = new EventsAppOnUserChangeHandler(app);

        assertThatThrownBy(() -> invoke(function, event)).isInstanceOf(FunctionError.class)
                .hasMessage("Function on_user_change failed; its log has the cause")
                .hasNoCause();
        assertThat(log).contains("Unhandled exception in function on_user_change");
    }

    @Test
    void theEntryPointsOwnReportIsAJsonLineOfTheAppsLogger() throws IOException {
        ObjectNode event = fixture("sns.json");
        ((ObjectNode) event.at("/Records/0/Sns")).put("Message", "not json");

        assertThatThrownBy(() -> invoke(new EventsAppOnUserChangeHandler(app), event))
                .isInstanceOf(FunctionError.class);
        String[] lines = log.toString().split("\n");
        assertThat(lines).as("one line, whatever the stack trace's length").hasSize(1);
        JsonNode line = JSON.readTree(lines[0]);
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("function").asText()).isEqualTo("on_user_change");
        assertThat(line.path("message").asText()).isEqualTo("Unhandled exception in function on_user_change");
        assertThat(line.path("exception").asText()).as("the cause, for whoever reads the log")
                .contains("Error Parsing JSON in message");
        assertThat(line.has("time")).isTrue();
    }

    @Test
    void scheduleGetsTheScheduledEventOrNothing() throws IOException {
        invoke(new EventsAppPurgeHandler(app), fixture("schedule.json"));
        invoke(new EventsAppNoonHandler(app), fixture("schedule.json"));

        assertThat(app.seen).containsExactly("purge 2015-10-08T16:53:06Z", "noon");
    }

    @Test
    void s3EventGivesTheObjectWithItsKeyDecoded() throws IOException {
        JsonNode answer = invoke(new EventsAppResizeAvatarHandler(app), fixture("s3-put.json"));

        assertThat(answer.isNull()).isTrue();
        assertThat(app.seen).containsExactly("avatar avatars-upload incoming/ana p\u00e9rez(2).png 1024 ObjectCreated:Put");
    }

    @Test
    void eventBridgeDetailBindsToARecordOrTheEventComesWhole() throws IOException {
        invoke(new EventsAppOnVerifiedHandler(app), fixture("eventbridge.json"));
        invoke(new EventsAppAllUserEventsHandler(app), fixture("eventbridge.json"));

        assertThat(app.seen).containsExactly("verified ana by email", "User Verified from users.service ana");
    }

    @Test
    void eventBridgeDetailThatDoesNotBindFailsTheInvocationAndSaysWhyInTheLog() {
        ObjectNode event = fixture("eventbridge.json");
        ((ObjectNode) event.get("detail")).put("role", "admin");

        assertThatThrownBy(() -> invoke(new EventsAppOnVerifiedHandler(app), event))
                .isInstanceOf(FunctionError.class).hasMessage("Function on_verified failed; its log has the cause");
        assertThat(log).contains("role");
        assertThat(app.seen).isEmpty();
    }

    @Test
    void dynamoDbStreamStopsAtTheFailedRecordAndReportsItsSequenceNumber() throws IOException {
        JsonNode answer = invoke(new EventsAppOnUserRecordHandler(app), fixture("dynamodb-stream.json"));

        assertThat(answer.toString()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"222\"}]}");
        assertThat(app.seen).as("the images as plain JSON; the record after the failed one is left for the retry")
                .containsExactly("INSERT {\"username\":\"ana\"} new={\"username\":\"ana\",\"email\":"
                        + "\"ana@example.com\",\"logins\":3,\"verified\":true,\"tags\":[\"a\",\"b\"],"
                        + "\"profile\":{\"city\":\"Lyon\"},\"nickname\":null} old=");
        assertThat(log).contains("Record 222 failed in function on_user_record", "es-3.internal");
    }

    @Test
    void dynamoDbStreamWithNoFailureReportsNone() throws IOException {
        ObjectNode event = fixture("dynamodb-stream.json");
        ((ArrayNode) event.get("Records")).remove(1);

        JsonNode answer = invoke(new EventsAppOnUserRecordHandler(app), event);

        assertThat(answer.toString()).isEqualTo("{\"batchItemFailures\":[]}");
        assertThat(app.seen).hasSize(2);
        assertThat(app.seen.get(1)).isEqualTo("REMOVE {\"username\":\"bo\"} new= old={\"username\":\"bo\","
                + "\"email\":\"bo@example.com\"}");
    }

    @Test
    void kinesisDataBindsToARecordAndARecordThatDoesNotBindStopsTheBatch() throws IOException {
        ObjectNode event = fixture("kinesis.json");
        JsonNode answer = invoke(new EventsAppCountClickHandler(app), event);

        assertThat(answer.at("/batchItemFailures/0/itemIdentifier").asText())
                .isEqualTo(event.at("/Records/1/kinesis/sequenceNumber").asText());
        assertThat(answer.at("/batchItemFailures").size()).isEqualTo(1);
        assertThat(app.seen).containsExactly("click ana /home");

        invoke(new EventsAppRawClicksHandler(app), event);
        assertThat(app.seen).endsWith("raw user-1 {\"page\": \"/home\", \"user\": \"ana\"}", "raw user-2 not json",
                "raw user-3 {\"page\": \"/about\", \"user\": \"bo\"}");
    }

    @Test
    void pureFunctionsAnswerWithTheirResult() throws IOException {
        assertThat(invoke(new EventsAppAddHandler(app), JSON.readTree("{\"a\": 2, \"b\": 40}")).toString())
                .isEqualTo("{\"sum\":42}");
        JsonNode tree = JSON.readTree("[1, {\"x\": null}]");
        assertThat(invoke(new EventsAppEchoTreeHandler(app), tree)).isEqualTo(tree);
    }

    @Test
    void eachFunctionSaysItsNames() {
        assertThat(new EventsAppSendMailHandler(app).functionName()).isEqualTo("send_mail");
        assertThat(new EventsAppAuditBatchHandler(app).functionName()).isEqualTo("audit_batch");
        assertThat(new EventsAppEchoTreeHandler(app).appName()).isEqualTo("events-app");
        assertThat(new EventsAppHandler(app).functionName()).isEqualTo(GobletFunction.API_HANDLER);
    }

    /** Through {@code handleRequest}, as Lambda calls it: bytes in, bytes out. */
    private JsonNode invoke(GobletFunction function, JsonNode event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        function.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, context);
        return JSON.readTree(out.toByteArray());
    }

    private static ObjectNode fixture(String name) {
        try (InputStream in = EventFunctionsTest.class.getResourceAsStream("/events/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Lambda context whose logger keeps what it is given. */
    private static Context context(StringBuilder log) {
        LambdaLogger logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.append(message).append('\n');
            }

            @Override
            public void log(byte[] message) {
                log.append(new String(message, StandardCharsets.UTF_8)).append('\n');
            }
        };
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getLogger") ? logger : null);
    }
}
