package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an SQS queue the app needs, beside its code, so that the template alone makes it: put it on the
 * {@code @App} class. The template then holds an {@code AWS::SQS::Queue} named {@link #name}, a function with
 * {@code @OnSqsMessage(queue = name)} reads it, and every function of the app (or those {@link #functions} names) may send to it, its URL in
 * {@link #environmentVariable}.
 *
 * <pre>{@code
 * @App(name = "web-api")
 * @SqsQueue(name = "welcome-mails", environmentVariable = "WELCOME_MAILS_QUEUE_URL", maxReceiveCount = 5)
 * public final class UsersApi { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(SqsQueue.List.class)
public @interface SqsQueue {
    /** The queue's name: up to 80 letters, digits, '-' or '_', ending in {@code .fifo} for a FIFO queue. */
    String name();

    /** The environment variable that holds the queue's URL at run time. */
    String environmentVariable();

    /**
     * How long, in seconds, a received message stays hidden from other consumers; by default six times the
     * timeout of the function that reads it (at least 30), as Lambda advises.
     */
    int visibilityTimeout() default 0;

    /**
     * After how many receives a message goes to the queue's dead-letter queue, {@code <name>-dlq}, which the
     * template then makes too; 0 for no dead-letter queue.
     */
    int maxReceiveCount() default 0;

    /**
     * The functions that may send to the queue, by their names under {@code lambda_functions} ({@code api_handler}
     * for the routes, an event function's name, as in {@code on_user_change}); by default every function of the
     * app. The function that reads the queue may always read it; every function still finds its URL in
     * {@link #environmentVariable}.
     */
    String[] functions() default {};

    /** Holds several {@code @SqsQueue} on one app. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        SqsQueue[] value();
    }
}
