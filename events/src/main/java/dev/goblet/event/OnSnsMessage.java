package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the method to an SNS topic, as a Lambda function of its own: Chalice's {@code @app.on_sns_message}.
 * The method takes the {@link dev.goblet.event.SnsMessage}, its message as a {@code String}, or its JSON message
 * bound to a record, and may take the Lambda {@code Context}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnSnsMessage {
    /** The topic: its name in the stack's account and region, or its ARN. */
    String topic();

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
