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
 * @App(name = "web-api")
 * @DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "USERS_TABLE",
 *         stream = "NEW_AND_OLD_IMAGES")
 * public final class UsersApi {
 *     @OnDynamoDbRecord(table = "UsersTable")
 *     public void onUserChange(DynamoDbRecord change) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnDynamoDbRecord {
    /** The stream's ARN, for a table made elsewhere. Give this or {@link #table}. */
    String streamArn() default "";

    /**
     * The {@code resource} of a {@code @DynamoDbTable} of the app that declares a {@code stream}: the template then
     * refers to the table's stream. Give this or {@link #streamArn}.
     */
    String table() default "";

    /** How many records an invocation takes, 1 to 10,000. */
    int batchSize() default 100;

    /** Where a new function starts reading: {@code LATEST} or {@code TRIM_HORIZON} (the oldest record kept). */
    String startingPosition() default "LATEST";

    /** How long, in seconds (0 to 300), Lambda gathers records before it invokes; 0 invokes at once. */
    int maximumBatchingWindow() default 0;

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
