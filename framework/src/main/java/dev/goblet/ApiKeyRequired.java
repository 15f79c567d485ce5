package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes API Gateway refuse, with a 403, calls without a valid {@code x-api-key} header, as Chalice's
 * {@code api_key_required=True}. Beside {@link App} it is the default of every route; on a route,
 * {@code @ApiKeyRequired(false)} lifts it. The template holds the key and a usage plan (stage config
 * {@code api_key}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiKeyRequired {
    /** False on a route lifts the app's default. */
    boolean value() default true;
}
