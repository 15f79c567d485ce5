package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to a query string parameter.
 *
 * <p>Supported types: {@code String}, primitives and their boxes, enums, and any type with a public static
 * {@code valueOf(String)}, {@code fromString(String)} or {@code parse(CharSequence)} (such as {@code UUID} and
 * {@code LocalDate}); {@code Optional<T>} of those when the parameter may be absent, and {@code List<T>} for a
 * parameter given several times. A value that does not convert is a 400 naming the parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {
    /** The query parameter's name; the Java parameter's name when empty. */
    String value() default "";

    /** The value used when the parameter is absent; without one, a non-{@code Optional} parameter is required. */
    String defaultValue() default "";
}
