package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A token authorizer that is a Lambda function deployed elsewhere, beside {@link App}, used by name in
 * {@link Authorized}: Chalice's {@code CustomAuthorizer(name, authorizer_uri, ttl_seconds, header,
 * invoke_role_arn)}. Give the function's ARN, or API Gateway's invocation URI as Chalice does. One per app; a
 * built-in authorizer ({@code @dev.goblet.event.Authorizer}) may sit beside it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CustomAuthorizer {
    /** Its name, as {@link Authorized} names it. */
    String name();

    /** The authorizer function's ARN. */
    String functionArn() default "";

    /** API Gateway's invocation URI of the function, instead of {@link #functionArn}. */
    String uri() default "";

    /** How long API Gateway keeps an answer for a token, 0 to 3600 seconds. */
    int ttlSeconds() default 300;

    /** The header that carries the token. */
    String header() default "Authorization";

    /** The role API Gateway takes to invoke the function; without it, the function must allow API Gateway. */
    String invokeRoleArn() default "";
}
