package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.FunctionError;
import dev.goblet.sample.SampleApp;
import dev.goblet.sample.SampleAppAvatarUploadedHandler;
import dev.goblet.sample.SampleAppClickHandler;
import dev.goblet.sample.SampleAppHandler;
import dev.goblet.sample.SampleAppNameLengthsHandler;
import dev.goblet.sample.SampleAppUserChangedHandler;
import dev.goblet.sample.SampleAppUserVerifiedHandler;
import dev.goblet.sample.SampleAppWelcomeHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test client invokes an app's event functions by name, with events built as AWS sends them. */
class EventInvocationTest {
    private final SampleApp app = new SampleApp();
    private final TestClient client = TestClient.of(new SampleAppHandler(app), new SampleAppWelcomeHandler(app),
            new SampleAppNameLengthsHandler(app), new SampleAppAvatarUploadedHandler(app),
            new SampleAppUserVerifiedHandler(app), new SampleAppUserChangedHandler(app), new SampleAppClickHandler(app));

    @Test
    void sqsBatchReportsTheMessageThatFailed() {
        JsonNode answer = client.lambda().invoke("welcome", Events.sqs()
                .queueArn("arn:aws:sqs:eu-west-1:123456789012:welcome-mails")
                .json(new SampleApp.User("ana", "ana@example.com"))
                .message("second", "{\"username\": \"bo\", \"email\": null}")
                .json(new SampleApp.User("cy", "cy@example.com"))
                .build());

        assertThat(answer.toString()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"second\"}]}");
        assertThat(app.welcomed).containsExactly("ana", "cy");
    }

    @Test
    void s3EventReachesTheFunctionWithItsKeyAsTheUserWroteIt() {
        JsonNode event = Events.s3("sample-avatars", "incoming/ana smith.png").size(2048).build();
        assertThat(event.at("/Records/0/s3/object/key").asText()).as("encoded, as S3 sends it")
                .isEqualTo("incoming%2Fana+smith.png");

        client.lambda().invoke("avatar_uploaded", event);

        assertThat(app.avatars).containsExactly("incoming/ana smith.png (2048 bytes)");
    }

    @Test
    void eventBridgeDetailBindsToTheRecord() {
        client.lambda().invoke("user_verified", Events.eventBridge("sample.users", "User Verified")
                .detail(new SampleApp.User("ana", "ana@example.com")).build());

        assertThat(app.verified).containsExactly("ana");
    }

    @Test
    void dynamoDbStreamStopsAtTheFailedChange() {
        DynamoDbStreamEventBuilder stream = Events.dynamoDbStream("username")
                .insert(new SampleApp.User("ana", "ana@example.com"))
                .modify(new SampleApp.User("broken", "a@example.com"), new SampleApp.User("broken", "b@example.com"));
        String failed = stream.lastSequenceNumber();
        stream.remove(new SampleApp.User("cy", "cy@example.com"));

        JsonNode answer = client.lambda().invoke("user_changed", stream.build());

        assertThat(answer.at("/batchItemFailures/0/itemIdentifier").asText()).isEqualTo(failed);
        assertThat(app.changes).containsExactly("INSERT ana");
    }

    @Test
    void kinesisRecordsBindInOrder() {
        KinesisEventBuilder kinesis = Events.kinesis().json("k1", new SampleApp.User("ana", "ana@example.com"))
                .record("k2", "{\"username\": \"bo\", \"email\": \"bo@example.com\"}");

        JsonNode answer = client.lambda().invoke("click", kinesis.build());

        assertThat(answer.toString()).isEqualTo("{\"batchItemFailures\":[]}");
        assertThat(app.changes).containsExactly("click ana", "click bo");
        assertThat(kinesis.build().at("/Records/1/kinesis/data").asText()).as("base64, as Kinesis sends it")
                .isEqualTo("eyJ1c2VybmFtZSI6ICJibyIsICJlbWFpbCI6ICJib0BleGFtcGxlLmNvbSJ9");
    }

    @Test
    void pureFunctionAnswersWithItsResult() {
        JsonNode answer = client.lambda().invoke("name_lengths", List.of("ana", "bo"));

        assertThat(answer.toString()).isEqualTo("{\"ana\":3,\"bo\":2}");
    }

    @Test
    void aPayloadThatDoesNotBindFailsTheInvocation() {
        assertThatThrownBy(() -> client.lambda().invoke("name_lengths", Map.of("not", "a list")))
                .isInstanceOf(FunctionError.class).hasMessageContaining("name_lengths failed");
    }

    @Test
    void unknownFunctionNamesTheOnesThereAre() {
        assertThatThrownBy(() -> client.lambda().invoke("welcom", Events.sqs().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No function named 'welcom'; this app has: api_handler, welcome, name_lengths,"
                        + " avatar_uploaded, user_verified, user_changed, click");
    }

    @Test
    void builtEventsHaveTheShapeAwsSends() {
        JsonNode sqs = Events.sqs().message("m-1", "hi").attribute("tenant", "acme").build();
        assertThat(sqs.at("/Records/0/eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(sqs.at("/Records/0/messageAttributes/tenant/stringValue").asText()).isEqualTo("acme");
        JsonNode sns = Events.sns("hello").subject("greeting").attribute("kind", "test").build();
        assertThat(sns.at("/Records/0/Sns/Message").asText()).isEqualTo("hello");
        assertThat(sns.at("/Records/0/Sns/MessageAttributes/kind/Value").asText()).isEqualTo("test");
        JsonNode schedule = Events.schedule();
        assertThat(schedule.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(schedule.path("resources").size()).isEqualTo(1);
    }
}
