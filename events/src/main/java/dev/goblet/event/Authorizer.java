package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method a built-in authorizer: a Lambda function of its own that API Gateway calls with the token of a
 * request to a route that names it in {@code @Authorized}, before the route runs. Chalice's
 * {@code @app.authorizer()}. The method takes an {@link AuthRequest} and returns an {@link AuthResult}: the routes
 * the caller may call, its principal and a context the routes read from {@code Request.authorizer()}. Throwing
 * {@code dev.goblet.UnauthorizedError} answers 401; anything else thrown is logged and denies (403).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Authorizer {
    /** Its name: the one {@code @Authorized} uses and its {@code lambda_functions} key; by default the method's. */
    String name() default "";

    /** How long API Gateway keeps an answer for a token, 0 to 3600 seconds. */
    int ttlSeconds() default 300;

    /** The header that carries the token. */
    String header() default "Authorization";

    /** The ARN of a role API Gateway takes to invoke the function; without it, the template allows API Gateway. */
    String executionRole() default "";
}
