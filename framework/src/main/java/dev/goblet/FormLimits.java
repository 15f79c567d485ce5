package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest form body a route takes, on the route method or on its class (the {@code @App} or a blueprint) for
 * all its form routes. A body over {@link #maxBytes}, or a part over {@link #maxPartBytes}, is answered 413
 * {@code RequestEntityTooLargeError} before the method runs. The defaults refuse nothing Lambda could deliver: a
 * synchronous invocation carries at most 6 MB, and a multipart body arrives base64-encoded within it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface FormLimits {
    /** Lambda's limit of a synchronous invocation's payload, in bytes: 6 MB. */
    int LAMBDA_PAYLOAD_BYTES = 6 * 1024 * 1024;

    /** The whole body's largest size, in bytes. */
    int maxBytes() default LAMBDA_PAYLOAD_BYTES;

    /** The largest size of one part's content (a file, or a field's text), in bytes. */
    int maxPartBytes() default LAMBDA_PAYLOAD_BYTES;
}
