package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a function's policy: these actions, allowed on one resource and on nothing else. The template
 * writer turns the resource into its ARN, which for a table may depend on the stage (a table made elsewhere).
 *
 * @param sid the statement's id in the policy
 * @param actions the allowed actions
 * @param resource what the actions apply to
 */
public record PolicyStatement(String sid, List<String> actions, Resource resource) {
    /** The DynamoDB actions a function needs to read and write items of a table, and nothing more. */
    public static final List<String> TABLE_ITEM_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable");
    /** What Lambda's poller needs of the queue a function consumes. */
    public static final List<String> QUEUE_CONSUMER_ACTIONS = List.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility");

    /** What a function told of a bucket's objects needs to read them. */
    public static final List<String> OBJECT_READER_ACTIONS = List.of("s3:GetObject", "s3:GetObjectVersion");

    /** What Lambda's poller needs of the DynamoDB stream a function reads. */
    public static final List<String> DYNAMODB_STREAM_ACTIONS = List.of("dynamodb:DescribeStream",
            "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams");
    /** What Lambda's poller needs of the Kinesis stream a function reads. */
    public static final List<String> KINESIS_STREAM_ACTIONS = List.of("kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards",
            "kinesis:SubscribeToShard");

    /** The resource of a statement. */
    public sealed interface Resource {}

    /** A table of the app, and its indexes. */
    public record Table(TableModel table) implements Resource {}

    /** A resource of the template itself: its ARN is {@code Fn::GetAtt} of {@code attribute}, or its {@code Ref}. */
    public record Declared(String logicalId, Optional<String> attribute) implements Resource {}

    /** One resource by ARN, with {@code ${AWS::...}} pseudo parameters as {@code Fn::Sub} takes them. */
    public record Arn(String arn) implements Resource {}

    public PolicyStatement {
        actions = List.copyOf(actions);
    }

    /** Reading and writing the items of {@code table}: the actions it names, every item action by default. */
    public static PolicyStatement tableItems(TableModel table) {
        return new PolicyStatement(table.resource() + "Items", table.actions(), new Table(table));
    }

    /** Consuming the queue at {@code arn}, for the function {@code logicalId}. */
    public static PolicyStatement queueConsumer(String logicalId, String arn) {
        return new PolicyStatement(logicalId + "Queue", QUEUE_CONSUMER_ACTIONS, new Arn(arn));
    }

    /** Sending to a queue the app declares. */
    public static PolicyStatement queueSender(QueueModel queue) {
        return new PolicyStatement(queue.logicalId() + "Send", List.of("sqs:SendMessage"),
                new Declared(queue.logicalId(), Optional.of("Arn")));
    }

    /** Publishing to a topic the app declares. */
    public static PolicyStatement topicPublisher(TopicModel topic) {
        return new PolicyStatement(topic.logicalId() + "Publish", List.of("sns:Publish"),
                new Declared(topic.logicalId(), Optional.empty()));
    }

    /** Consuming a queue the app declares, for the function {@code logicalId}. */
    public static PolicyStatement queueConsumer(String logicalId, QueueModel queue) {
        return new PolicyStatement(logicalId + "Queue", QUEUE_CONSUMER_ACTIONS,
                new Declared(queue.logicalId(), Optional.of("Arn")));
    }

    /** Reading the objects at {@code arn} (a bucket's, under a prefix), for the function {@code logicalId}. */
    public static PolicyStatement objectReader(String logicalId, String arn) {
        return new PolicyStatement(logicalId + "Objects", OBJECT_READER_ACTIONS, new Arn(arn));
    }

    /** Reading {@code stream}, for the function {@code logicalId}. */
    public static PolicyStatement streamReader(String logicalId, EventSource.Stream stream) {
        Resource resource = stream.table().<Resource>map(table -> new Declared(table, Optional.of("StreamArn")))
                .orElseGet(() -> new Arn(stream.arn()));
        return new PolicyStatement(logicalId + "Stream", stream.service() == EventSource.Stream.Service.DYNAMODB
                ? DYNAMODB_STREAM_ACTIONS : KINESIS_STREAM_ACTIONS, resource);
    }

    /**
     * Sending to, closing and reading the connections of the app's WebSocket API, and of no other API: what every
     * function of an app with WebSocket handlers may do.
     */
    public static PolicyStatement manageConnections() {
        return new PolicyStatement("WebsocketAPIManageConnections", List.of("execute-api:ManageConnections"),
                new Arn("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                        + EventSource.WebSocket.API + "}/*"));
    }

    /** The table the statement is on, when it is on one. */
    public Optional<TableModel> table() {
        return resource instanceof Table on ? Optional.of(on.table()) : Optional.empty();
    }
}
