package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What invokes an event function: one record per kind of source, as its annotation gives it. A new source is one
 * more permitted record, one reader rule and one template rule.
 */
public sealed interface EventSource {
    /** EventBridge on a schedule: {@code @Schedule}. */
    record Schedule(String expression, String description) implements EventSource {}

    /**
     * An SQS queue: {@code @OnSqsMessage}.
     *
     * @param queue the queue's name in the stack's account and region, when given by name
     * @param queueArn the queue's ARN, when given by ARN
     * @param batchSize the messages an invocation takes
     * @param batchingWindow the seconds Lambda gathers messages, 0 for none
     * @param maximumConcurrency the invocations the queue may run at once, 0 for Lambda's choice
     * @param wholeBatch whether the method takes the batch, which then fails or succeeds as one
     */
    record Sqs(Optional<String> queue, Optional<String> queueArn, int batchSize, int batchingWindow,
            int maximumConcurrency, boolean wholeBatch) implements EventSource {
        /** The queue's ARN, with {@code ${AWS::...}} pseudo parameters when it was given by name. */
        public String arn() {
            return queueArn.orElseGet(() -> "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:"
                    + queue.orElseThrow());
        }
    }

    /** An SNS topic, by name or ARN: {@code @OnSnsMessage}. */
    record Sns(String topic) implements EventSource {
        /** The topic's ARN, with {@code ${AWS::...}} pseudo parameters when it was given by name. */
        public String arn() {
            return topic.startsWith("arn:") ? topic
                    : "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:" + topic;
        }
    }

    /**
     * An S3 bucket's object events: {@code @OnS3Event}. The template declares the bucket, since CloudFormation
     * attaches notifications only to a bucket it creates.
     *
     * @param bucket the bucket's name
     * @param events the S3 event types, such as {@code s3:ObjectCreated:*}
     * @param prefix the keys' prefix, or empty for every key
     * @param suffix the keys' suffix, or empty for every key
     */
    record S3(String bucket, List<String> events, String prefix, String suffix) implements EventSource {
        public S3 {
            events = List.copyOf(events);
        }

        /** The bucket's logical id: {@code avatars-upload} is {@code AvatarsUploadBucket}. */
        public String bucketLogicalId() {
            return logicalIdOf(bucket) + "Bucket";
        }

        /** The ARN of the objects the function is told of. */
        public String objectsArn() {
            return "arn:${AWS::Partition}:s3:::" + bucket + "/" + prefix + "*";
        }
    }

    /**
     * The events of an EventBridge bus that match a pattern: {@code @OnEventBridge}.
     *
     * @param pattern the event pattern, a JSON object, as the annotation wrote it
     * @param bus the bus's name or ARN, or empty for the account's default bus
     */
    record EventBridge(String pattern, String bus) implements EventSource {}

    /**
     * A DynamoDB table's stream ({@code @OnDynamoDbRecord}) or a Kinesis data stream ({@code @OnKinesisRecord}):
     * records in order, with partial batch failures by sequence number.
     *
     * @param service which kind of stream
     * @param arn the stream's ARN, with {@code ${AWS::...}} pseudo parameters when a Kinesis stream was named;
     *     empty when the stream is a declared table's
     * @param table the declared table whose stream it is, by resource, when it is one
     * @param batchSize the records an invocation takes
     * @param startingPosition {@code LATEST} or {@code TRIM_HORIZON}
     * @param batchingWindow the seconds Lambda gathers records, 0 for none
     */
    record Stream(Service service, String arn, Optional<String> table, int batchSize, String startingPosition,
            int batchingWindow) implements EventSource {
        /** The services whose streams feed functions. */
        public enum Service { DYNAMODB, KINESIS }

        /** The ARN of a Kinesis stream named in the stack's account and region. */
        public static String kinesisArn(String name) {
            return "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/" + name;
        }
    }

    /**
     * A route of the app's WebSocket API: {@code $connect} ({@code @OnWsConnect}), {@code $disconnect}
     * ({@code @OnWsDisconnect}), or a message route ({@code @OnWsMessage}), {@code $default} or a key of its own.
     *
     * @param event which of the three the handler is
     * @param routeKey the route key: {@code $connect}, {@code $disconnect}, {@code $default} or the message route's
     * @param routeSelection the API's route selection expression, as the message handler gives it
     */
    record WebSocket(Event event, String routeKey, String routeSelection) implements EventSource {
        /** What opens, uses and closes a connection. */
        public enum Event { CONNECT, MESSAGE, DISCONNECT }

        /** The API's logical id, as Chalice's. */
        public static final String API = "WebsocketAPI";

        /** The expression API Gateway picks a message route by, unless the app gives another. */
        public static final String DEFAULT_ROUTE_SELECTION = "$request.body.action";
    }
    /** API Gateway, with a request's token, before the route: a built-in {@code @Authorizer}. */
    record Authorizer() implements EventSource {}

    /** None: a pure function, invoked directly: {@code @LambdaFunction}. */
    record Direct() implements EventSource {}

    /** {@code send_welcome_mail} or {@code avatars.upload} as {@code SendWelcomeMail}, {@code AvatarsUpload}. */
    public static String logicalIdOf(String name) {
        StringBuilder id = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }
}
