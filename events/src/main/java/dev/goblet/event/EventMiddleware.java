package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the {@code @App} class that runs around the app's event functions, as Chalice's
 * {@code @app.middleware('sqs')} (or {@code 'all'}) does: {@code public JsonNode name(EventCall call, NextEvent next)}.
 *
 * <p>It may read the event, pass {@code next} another one ({@link EventCall#withEvent}), answer without calling
 * {@code next} (for a pure function, with the function's result; for a queue, with {@code null}, and the batch
 * counts as handled), change what {@code next} returns, or catch what it throws. Middleware runs in declaration
 * order, the first declared outermost; a function that no middleware covers runs exactly as before. HTTP routes have
 * {@code dev.goblet.Middleware}; built-in authorizers are not wrapped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EventMiddleware {
    /** The kinds of function it wraps; every event function by default. */
    Kind[] value() default Kind.ALL;

    /** A kind of event function, by its source; {@code PURE} is a {@link LambdaFunction}. */
    enum Kind { ALL, SQS, SNS, SCHEDULE, S3, EVENTBRIDGE, DYNAMODB, KINESIS, WEBSOCKET, PURE }
}
