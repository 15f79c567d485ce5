package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on an S3 bucket's object events, as a Lambda function of its own: Chalice's
 * {@code @app.on_s3_event}. The method takes the {@link dev.goblet.event.S3ObjectEvent}, and may take the Lambda
 * {@code Context}.
 *
 * <p>CloudFormation attaches notifications only to a bucket it creates, so the template declares the bucket, named
 * {@link #bucket}, with these notifications. For a bucket made elsewhere, turn on its EventBridge notifications and
 * use {@link OnEventBridge} with the pattern {@code {"source": ["aws.s3"]}}.
 *
 * <pre>{@code
 * @OnS3Event(bucket = "avatars-upload", prefix = "incoming/", suffix = ".png")
 * public void resizeAvatar(S3ObjectEvent upload) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnS3Event {
    /** The bucket's name: 3 to 63 lower-case letters, digits, dots and hyphens. */
    String bucket();

    /** The S3 event types that invoke the function, as S3 names them. */
    String[] events() default "s3:ObjectCreated:*";

    /** Only objects whose key starts with this. */
    String prefix() default "";

    /** Only objects whose key ends with this. */
    String suffix() default "";

    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
