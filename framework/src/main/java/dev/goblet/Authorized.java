package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a route behind an authorizer, as Chalice's {@code @app.route(..., authorizer=...)}. Beside {@link App} it is
 * the default of every route; on a {@link Route} method it replaces that default ({@code @Authorized(NONE)} makes
 * the route public). The name is {@link #IAM}, or the name of a {@link CognitoAuthorizer}, a
 * {@link CustomAuthorizer} or a built-in authorizer ({@code @dev.goblet.event.Authorizer}) of the app.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authorized {
    /** AWS IAM: callers sign their requests with SigV4 (Chalice's {@code IAMAuthorizer()}). */
    String IAM = "iam";
    /** No authorizer: the route is public even when the app has a default. */
    String NONE = "none";

    /** The authorizer's name. */
    String value();

    /** The OAuth scopes the token must hold, any one of them; for a {@link CognitoAuthorizer} only. */
    String[] scopes() default {};
}
