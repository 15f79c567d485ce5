package dev.goblet.example.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the users service tells others: welcome mails to send, on the {@code welcome-mails} queue, and what happened
 * to users, on the {@code user-events} topic ({@code UserCreated}, {@code UserDeleted}, and the daily
 * {@code UsersCounted}). Each topic message carries its type as the message attribute {@code type}, so that a
 * subscriber can filter on it.
 *
 * <p>The clients are built on first use, once per container: the API's function, which sends nothing, does not
 * pay for them on its cold start. Like the DynamoDB client, they use the JDK's HTTP client, and an endpoint given
 * in {@value #SQS_ENDPOINT_VARIABLE} or {@value #SNS_ENDPOINT_VARIABLE} (the SDK's own names for them, read here
 * from the environment given, so that tests can point them at a local server) with placeholder credentials.
 */
public final class UserEvents {
    /** The queue's URL: the template sets it, from the queue it declares or the stage's. */
    public static final String QUEUE_VARIABLE = "WELCOME_MAILS_QUEUE_URL";
    /** The topic's ARN, likewise. */
    public static final String TOPIC_VARIABLE = "USER_EVENTS_TOPIC_ARN";
    public static final String SQS_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_SQS";
    public static final String SNS_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_SNS";

    /** The topic's messages: {@code type} is also the message attribute subscribers filter on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserEvent(String type, String username, Long count, String day) {
        static UserEvent created(String username) {
            return new UserEvent("UserCreated", username, null, null);
        }

        static UserEvent deleted(String username) {
            return new UserEvent("UserDeleted", username, null, null);
        }

        static UserEvent counted(long count, String day) {
            return new UserEvent("UsersCounted", null, count, day);
        }
    }

    private final Map<String, String> environment;
    private SqsClient sqs;
    private SnsClient sns;

    public UserEvents(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Puts {@code mail} on the welcome-mails queue. */
    public void queueWelcomeMail(WelcomeMail mail) {
        String body = Json.write(mail);
        sqs().sendMessage(send -> send.queueUrl(required(QUEUE_VARIABLE)).messageBody(body));
    }

    /** Publishes {@code event} to the user-events topic. */
    public void publish(UserEvent event) {
        String message = Json.write(event);
        sns().publish(publish -> publish.topicArn(required(TOPIC_VARIABLE)).message(message)
                .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String")
                        .stringValue(event.type()).build())));
    }

    private synchronized SqsClient sqs() {
        if (sqs == null) {
            var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(DynamoUserStore.region(environment));
            String endpoint = environment.get(SQS_ENDPOINT_VARIABLE);
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint));
            }
            sqs = builder.credentialsProvider(Credentials.of(endpoint)).build();
        }
        return sqs;
    }

    private synchronized SnsClient sns() {
        if (sns == null) {
            var builder = SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(DynamoUserStore.region(environment));
            String endpoint = environment.get(SNS_ENDPOINT_VARIABLE);
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint));
            }
            sns = builder.credentialsProvider(Credentials.of(endpoint)).build();
        }
        return sns;
    }

    /**
     * A local server checks no credentials; AWS's endpoints get the function's own. A class of its own: choosing
     * between two providers makes the JVM's verifier load the SDK's credential types with the class that does it,
     * and the API's function, which makes a {@code UserEvents} but never sends, must not load them (the in-memory
     * service ships no SDK at all).
     */
    private static final class Credentials {
        static AwsCredentialsProvider of(String endpoint) {
            return endpoint != null && !endpoint.isBlank()
                    ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                    : DefaultCredentialsProvider.builder().build();
        }
    }

    private String required(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + variable + "; the template sets it in every function");
        }
        return value;
    }

    /** Closes the clients built so far; a Lambda container never needs to, tests that start several do. */
    public synchronized void close() {
        if (sqs != null) {
            sqs.close();
        }
        if (sns != null) {
            sns.close();
        }
    }

    /** Loaded with the first message: the API's function never loads it. */
    private static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write " + value, e);
            }
        }
    }
}
