package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to a request header, matched without regard to case. Takes the same types as
 * {@link Query}; {@code List<T>} gets every value of a repeated header.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
    /** The header's name. */
    String value();

    /** The value used when the header is absent; without one, a non-{@code Optional} parameter is required. */
    String defaultValue() default "";
}
