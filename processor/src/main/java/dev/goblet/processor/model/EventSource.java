package dev.goblet.processor.model;

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

    /** None: a pure function, invoked directly: {@code @LambdaFunction}. */
    record Direct() implements EventSource {}
}
