package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Feeds the method from an SQS queue, as a Lambda function of its own: Chalice's {@code @app.on_sqs_message}. The
 * method takes one message (a {@link dev.goblet.event.SqsMessage}, its body as a {@code String}, or its JSON body
 * bound to a record, as a route's body is) or the whole batch ({@code List<SqsMessage>}), and may take the Lambda
 * {@code Context}.
 *
 * <p>Partial batch failures: when the method takes one message, a message whose handling throws is reported back
 * to the queue alone, and only it is delivered again. A method that takes the batch fails or succeeds as one.
 *
 * <pre>{@code
 * @OnSqsMessage(queue = "welcome-mails", batchSize = 10)
 * public void sendWelcomeMail(WelcomeMail mail) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnSqsMessage {
    /** The queue's name, in the stack's account and region. Give this or {@link #queueArn}. */
    String queue() default "";

    /** The queue's ARN, for a queue elsewhere. Give this or {@link #queue}. */
    String queueArn() default "";

    /** How many messages an invocation takes, 1 to 10, or up to 10,000 with a batching window. */
    int batchSize() default 1;

    /** How long, in seconds (0 to 300), Lambda gathers messages before it invokes; 0 invokes at once. */
    int maximumBatchingWindow() default 0;

    /** How many invocations the queue may run at once, 2 to 1,000; 0 leaves it to Lambda. */
    int maximumConcurrency() default 0;

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
