package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Builds the events AWS services send to a function, as they send them: API Gateway's proxy events in both payload
 * versions, SQS batches, SNS messages, S3 object events, EventBridge events, DynamoDB and Kinesis stream records,
 * scheduled events. The local server builds its events here too, so a test
 * and a browser see the same thing.
 *
 * <pre>{@code
 * ObjectNode event = Events.restApi("POST", "/users")
 *         .header("Content-Type", "application/json")
 *         .body("{\"username\": \"john\"}")
 *         .build();
 * }</pre>
 */
public final class Events {
    private Events() {}

    /** A REST API proxy event (payload 1.0); {@code path} may carry a query string. */
    public static ProxyEventBuilder restApi(String method, String path) {
        return new ProxyEventBuilder(PayloadVersion.REST_1_0, method, path);
    }

    /** An HTTP API proxy event (payload 2.0); {@code path} may carry a query string. */
    public static ProxyEventBuilder httpApi(String method, String path) {
        return new ProxyEventBuilder(PayloadVersion.HTTP_2_0, method, path);
    }

    /**
     * A Lambda function URL event: payload 2.0 as an HTTP API's, on the stage {@code $default}, whose paths carry no
     * stage; {@code path} may carry a query string.
     */
    public static ProxyEventBuilder functionUrl(String method, String path) {
        return httpApi(method, path).stage("$default");
    }

    /** An empty SQS batch: add its messages. */
    public static SqsEventBuilder sqs() {
        return new SqsEventBuilder();
    }

    /** An SNS delivery of {@code message}. */
    public static SnsEventBuilder sns(String message) {
        return new SnsEventBuilder(message);
    }

    /** S3's notification that {@code key} was put in {@code bucket}; change what happened with its builder. */
    public static S3EventBuilder s3(String bucket, String key) {
        return new S3EventBuilder(bucket, key);
    }

    /** An event of {@code source} and {@code detailType}, as an EventBridge rule delivers it; add its detail. */
    public static EventBridgeEventBuilder eventBridge(String source, String detailType) {
        return new EventBridgeEventBuilder(source, detailType);
    }

    /** An empty DynamoDB stream batch of a table whose key attributes are {@code keyNames}: add its changes. */
    public static DynamoDbStreamEventBuilder dynamoDbStream(String... keyNames) {
        return new DynamoDbStreamEventBuilder(List.of(keyNames));
    }

    /** An empty Kinesis batch: add its records. */
    public static KinesisEventBuilder kinesis() {
        return new KinesisEventBuilder();
    }

    /** The event API Gateway sends a WebSocket API's {@code $connect} handler when a client opens a connection. */
    public static WebSocketEventBuilder webSocketConnect(String connectionId) {
        return new WebSocketEventBuilder("CONNECT", "$connect", connectionId);
    }

    /** The event of a message {@code body} on a connection, to the handler of {@code routeKey}. */
    public static WebSocketEventBuilder webSocketMessage(String connectionId, String routeKey, String body) {
        return new WebSocketEventBuilder("MESSAGE", routeKey, connectionId).body(body);
    }

    /** The event API Gateway sends the {@code $disconnect} handler once a connection has closed. */
    public static WebSocketEventBuilder webSocketDisconnect(String connectionId) {
        return new WebSocketEventBuilder("DISCONNECT", "$disconnect", connectionId);
    }

    /** The event EventBridge sends when a schedule rule fires now. */
    public static ObjectNode schedule() {
        ObjectNode event = TestJson.MAPPER.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", "123456789012");
        event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", "us-east-1");
        event.putArray("resources").add("arn:aws:events:us-east-1:123456789012:rule/schedule");
        event.putObject("detail");
        return event;
    }

    /** A proxy event of the given payload version. */
    public static ProxyEventBuilder apiGateway(PayloadVersion version, String method, String path) {
        return new ProxyEventBuilder(version, method, path);
    }
}
