package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Feeds the method from a Kinesis data stream, as a Lambda function of its own: Chalice's
 * {@code @app.on_kinesis_record}. The method takes one record at a time, in stream order: the
 * {@link dev.goblet.event.KinesisRecord}, its data as a UTF-8 {@code String}, or its JSON data bound to a record;
 * and may take the Lambda {@code Context}.
 *
 * <p>Partial batch failures: when a record's handling throws, Lambda delivers the stream again from that record,
 * and the records after it are not handled in this invocation, as with {@link OnDynamoDbRecord}.
 *
 * <pre>{@code
 * @OnKinesisRecord(stream = "clicks", batchSize = 500)
 * public void countClick(Click click) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnKinesisRecord {
    /** The stream's name, in the stack's account and region. Give this or {@link #streamArn}. */
    String stream() default "";

    /** The stream's ARN, for a stream elsewhere. Give this or {@link #stream}. */
    String streamArn() default "";

    /** How many records an invocation takes, 1 to 10,000. */
    int batchSize() default 100;

    /** Where a new function starts reading: {@code LATEST} or {@code TRIM_HORIZON} (the oldest record kept). */
    String startingPosition() default "LATEST";

    /** How long, in seconds (0 to 300), Lambda gathers records before it invokes; 0 invokes at once. */
    int maximumBatchingWindow() default 0;

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
