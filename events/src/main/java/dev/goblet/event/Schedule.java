package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on a schedule, as a Lambda function of its own that EventBridge invokes: Chalice's
 * {@code @app.schedule}. The method takes nothing, or the {@link dev.goblet.event.ScheduledEvent}, and may take
 * the Lambda {@code Context}.
 *
 * <pre>{@code
 * @Schedule("rate(1 day)")
 * public void purgeUnverifiedUsers() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Schedule {
    /**
     * When to run: {@code rate(5 minutes)} (singular for 1: {@code rate(1 hour)}), or {@code cron(0 12 * * ? *)}
     * with EventBridge's six fields. Checked at compile time.
     */
    String value();

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";

    /** The schedule rule's description. */
    String description() default "";
}
