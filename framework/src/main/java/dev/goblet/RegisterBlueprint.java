package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a {@link Blueprint}'s routes on the {@code @App} class it annotates, as Chalice's
 * {@code app.register_blueprint(bp, url_prefix=..., name_prefix=...)} does. A blueprint may be registered more than
 * once, under different prefixes; each registration gets an instance of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RegisterBlueprint.List.class)
public @interface RegisterBlueprint {
    /** The {@code @Blueprint} class. */
    Class<?> value();

    /** Put before each of the blueprint's paths: empty, or {@code /} and segments, as {@code /users}. */
    String urlPrefix() default "";

    /** Put before each of the blueprint's operation ids in the OpenAPI document. */
    String namePrefix() default "";

    /**
     * The Lambda function that serves the blueprint's routes: empty, the default, for the app's API handler; a name
     * runs them in a function of their own, as {@link dev.goblet.Route#function()} does for one route.
     */
    String function() default "";

    /** The registrations of an app that registers several blueprints. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        RegisterBlueprint[] value();
    }
}
