package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import dev.goblet.testing.Events;
import dev.goblet.testing.MotoExtension;
import dev.goblet.testing.MotoServer;
import dev.goblet.testing.TestClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The event side end to end: users written through the API on dynalite, the stream function fed their records
 * (built by the test kit as DynamoDB's stream sends them) and sending to moto's SQS and SNS, the welcome-mail worker
 * fed SQS batches, and the daily report counting the table. What the functions publish is read back from moto: the
 * topic's messages through a queue subscribed to it, as any subscriber would get them.
 */
@ExtendWith({DynaliteExtension.class, MotoExtension.class})
class UserEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MotoServer moto;
    private static SqsClient sqs;
    private static SnsClient sns;

    private final List<String> mails = new CopyOnWriteArrayList<>();
    private DynamoDbClient dynamodb;
    private DynamoUserStore store;
    private UserEvents events;
    private TestClient client;
    private String welcomeQueue;
    private String subscriberQueue;

    @BeforeAll
    static void clients(MotoServer server) {
        moto = server;
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        sqs = SqsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        sns = SnsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void closeMotoClients() {
        sqs.close();
        sns.close();
    }

    /** A table, a welcome-mail queue and a topic of this test's own, and a queue subscribed to the topic. */
    @BeforeEach
    void freshResources(Dynalite dynalite) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        dynamodb = dynalite.client();
        String table = "users-" + id;
        UsersTable.createIfAbsent(dynamodb, table);
        welcomeQueue = sqs.createQueue(create -> create.queueName("welcome-mails-" + id)).queueUrl();
        String topic = sns.createTopic(create -> create.name("user-events-" + id)).topicArn();
        subscriberQueue = sqs.createQueue(create -> create.queueName("subscriber-" + id)).queueUrl();
        String subscriberArn = sqs.getQueueAttributes(get -> get.queueUrl(subscriberQueue)
                .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
        sns.subscribe(subscribe -> subscribe.topicArn(topic).protocol("sqs").endpoint(subscriberArn));

        Map<String, String> environment = new HashMap<>(UsersTable.environment(dynalite, table));
        environment.putAll(moto.environment());
        environment.put(UserEvents.QUEUE_VARIABLE, welcomeQueue);
        environment.put(UserEvents.TOPIC_VARIABLE, topic);
        store = new DynamoUserStore(dynamodb, table);
        events = new UserEvents(environment);
        UsersApi app = new UsersApi(store, new CursorCodec("events-test-key".getBytes(StandardCharsets.UTF_8)),
                events, new LogMailer(mails::add));
        client = TestClient.of(new WebApiHandler(app), new WebApiOnUserChangeHandler(app),
                new WebApiSendWelcomeMailHandler(app), new WebApiReportUserCountHandler(app));
    }

    @AfterEach
    void closeClients() {
        events.close();
        dynamodb.close();
    }

    @Test
    void aNewUserGetsAWelcomeMailQueuedAndTheTopicToldOfIt() throws Exception {
        assertThat(client.http().post("/users").json(Map.of("username", "ana", "email", "ana@example.com",
                "displayName", "Ana B.")).send().status()).isEqualTo(201);
        User stored = store.find("ana").orElseThrow();

        JsonNode answer = client.lambda().invoke("on_user_change",
                Events.dynamoDbStream("username").insert(stored).build());

        assertThat(answer.path("batchItemFailures").size()).isZero();
        List<Message> queued = receive(welcomeQueue, 1);
        assertThat(JSON.readTree(queued.get(0).body())).isEqualTo(JSON.readTree(
                "{\"username\": \"ana\", \"email\": \"ana@example.com\", \"displayName\": \"Ana B.\"}"));
        JsonNode notification = JSON.readTree(receive(subscriberQueue, 1).get(0).body());
        assertThat(JSON.readTree(notification.path("Message").asText()))
                .isEqualTo(JSON.readTree("{\"type\": \"UserCreated\", \"username\": \"ana\"}"));
        assertThat(notification.at("/MessageAttributes/type/Value").asText()).isEqualTo("UserCreated");
    }

    @Test
    void aDeletedUserIsPublishedAndAnUpdateTellsNoOne() throws Exception {
        User before = new User("bo", "bo@example.com", null);
        User after = new User("bo", "bo@example.org", null);

        JsonNode answer = client.lambda().invoke("on_user_change", Events.dynamoDbStream("username")
                .modify(before, after).remove(after).build());

        assertThat(answer.path("batchItemFailures").size()).isZero();
        List<Message> notifications = receive(subscriberQueue, 1);
        assertThat(JSON.readTree(JSON.readTree(notifications.get(0).body()).path("Message").asText()))
                .isEqualTo(JSON.readTree("{\"type\": \"UserDeleted\", \"username\": \"bo\"}"));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(welcomeQueue).waitTimeSeconds(1)).messages())
                .as("no welcome mail for an update or a removal").isEmpty();
    }

    @Test
    void aRefusedAddressFailsAloneAndTheOthersAreSent() {
        JsonNode answer = client.lambda().invoke("send_welcome_mail", Events.sqs()
                .message("m-1", "{\"username\": \"ana\", \"email\": \"ana@example.com\"}")
                .message("m-2", "{\"username\": \"bo\", \"email\": \"bo@mail.invalid\"}")
                .message("m-3", "{\"username\": \"cy\", \"email\": \"cy@example.org\", \"displayName\": \"Cy\"}")
                .build());

        assertThat(answer.path("batchItemFailures").size()).isEqualTo(1);
        assertThat(answer.at("/batchItemFailures/0/itemIdentifier").asText()).isEqualTo("m-2");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0)).contains("\"to\": \"ana@example.com\"", "\"subject\": \"Welcome, ana\"");
        assertThat(mails.get(1)).contains("\"to\": \"cy@example.org\"", "\"subject\": \"Welcome, Cy\"");
    }

    @Test
    void theMailsTheStreamQueuesAreTheOnesTheWorkerSends() {
        client.http().post("/users").json(Map.of("username", "dee", "email", "dee@example.com")).send();
        client.lambda().invoke("on_user_change",
                Events.dynamoDbStream("username").insert(store.find("dee").orElseThrow()).build());
        Message queued = receive(welcomeQueue, 1).get(0);

        JsonNode answer = client.lambda().invoke("send_welcome_mail",
                Events.sqs().message(queued.messageId(), queued.body()).build());

        assertThat(answer.path("batchItemFailures").size()).isZero();
        assertThat(mails).singleElement().asString().contains("\"to\": \"dee@example.com\"");
    }

    @Test
    void theDailyReportPublishesTheNumberOfUsers() throws Exception {
        for (String name : List.of("ana", "bo", "cy")) {
            client.http().post("/users").json(Map.of("username", name, "email", name + "@example.com")).send();
        }

        client.lambda().invoke("report_user_count", Events.schedule());

        JsonNode message = JSON.readTree(JSON.readTree(receive(subscriberQueue, 1).get(0).body())
                .path("Message").asText());
        assertThat(message.path("type").asText()).isEqualTo("UsersCounted");
        assertThat(message.path("count").asLong()).isEqualTo(3);
        assertThat(message.path("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(store.count()).as("the count is the table's").isEqualTo(3);
    }

    /** Exactly {@code count} messages of {@code queue}, waiting a few seconds at most for them. */
    private static List<Message> receive(String queue, int count) {
        List<Message> messages = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && messages.size() < count; attempt++) {
            messages.addAll(sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages());
        }
        assertThat(messages).as("messages on " + queue).hasSize(count);
        return messages;
    }
}
