package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to a field of a form body: {@code application/x-www-form-urlencoded}, as an HTML form
 * posts it, or {@code multipart/form-data}, as a form with a file input does.
 *
 * <p>A field converts from text as a {@link Query} value does ({@code String}, primitives, enums, {@code UUID},
 * {@code LocalDate}...), with {@code Optional<T>} when it may be absent and {@code List<T>} when it repeats. A
 * {@link FilePart} (or {@code Optional<FilePart>}, {@code List<FilePart>}) takes a file part of a multipart body.
 * On a record, {@code @Form} binds the whole form: each component is the field of its name. A missing required
 * field or a value that does not convert is a 400 naming the field; {@link FormLimits} bounds the body's size.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Form {
    /** The field's name; the Java parameter's name when empty. Empty on a record: its components name theirs. */
    String value() default "";

    /** The value used when the field is absent; without one, a non-{@code Optional} field is required. */
    String defaultValue() default "";
}
