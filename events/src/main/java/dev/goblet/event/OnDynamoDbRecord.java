package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Feeds the method from a DynamoDB table's stream, as a Lambda function of its own: Chalice's
 * {@code @app.on_dynamodb_record}. The method takes one {@link dev.goblet.event.DynamoDbRecord} at a time, in
 * stream order, and may take the Lambda {@code Context}.
 *
 * <p>Partial batch failures: when a record's handling throws, the records before it are done, and Lambda delivers
 * the stream again from that record (the template turns on {@code ReportBatchItemFailures}); the records after it
 * are not handled in this invocation, so that none is handled twice or out of order.
 *
 * <pre>{@code
 * @OnDynamoDbRecord(streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Users/stream/2026-01-01T00:00:00.000")
 * public void onUserChange(DynamoDbRecord change) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnDynamoDbRecord {
    /** The stream's ARN. */
    String streamArn();

    /** How many records an invocation takes, 1 to 10,000. */
    int batchSize() default 100;

    /** Where a new function starts reading: {@code LATEST} or {@code TRIM_HORIZON} (the oldest record kept). */
    String startingPosition() default "LATEST";

    /** How long, in seconds (0 to 300), Lambda gathers records before it invokes; 0 invokes at once. */
    int maximumBatchingWindow() default 0;

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
