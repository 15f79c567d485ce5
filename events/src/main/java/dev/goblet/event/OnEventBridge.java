package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on the events of an EventBridge bus that match a pattern, as a Lambda function of its own:
 * Chalice's {@code @app.on_cw_event}. The method takes the {@link dev.goblet.event.EventBridgeEvent}, or its
 * {@code detail} bound to a record, and may take the Lambda {@code Context}.
 *
 * <pre>{@code
 * @OnEventBridge(pattern = """
 *         {"source": ["aws.codecommit"], "detail-type": ["CodeCommit Repository State Change"]}""")
 * public void onCommit(EventBridgeEvent event) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnEventBridge {
    /**
     * The event pattern, a JSON object whose fields hold arrays of values to match (or objects of such fields), as
     * EventBridge takes it. Checked at compile time.
     */
    String pattern();

    /** The bus the rule is on, by name; the account's default bus when empty. */
    String bus() default "";

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
