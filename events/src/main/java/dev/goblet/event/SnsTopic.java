package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an SNS topic the app needs, beside its code, so that the template alone makes it: put it on the
 * {@code @App} class. The template then holds an {@code AWS::SNS::Topic} named {@link #name}, a function with
 * {@code @OnSnsMessage(topic = name)} is subscribed to it, and every function of the app (or those {@link #functions} names) may publish
 * to it, its ARN in {@link #environmentVariable}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(SnsTopic.List.class)
public @interface SnsTopic {
    /** The topic's name: up to 256 letters, digits, '-' or '_', ending in {@code .fifo} for a FIFO topic. */
    String name();

    /** The environment variable that holds the topic's ARN at run time. */
    String environmentVariable();

    /**
     * The functions that may publish to the topic, by their names under {@code lambda_functions}
     * ({@code api_handler} for the routes, an event function's name, as in {@code on_user_change}); by default every
     * function of the app. Every function still finds its ARN in {@link #environmentVariable}.
     */
    String[] functions() default {};

    /** Holds several {@code @SnsTopic} on one app. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        SnsTopic[] value();
    }
}
