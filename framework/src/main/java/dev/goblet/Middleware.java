package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the {@code @App} class that runs around every HTTP request, as Chalice's
 * {@code @app.middleware('http')} does: {@code public Response name(Request request, Next next)}.
 *
 * <p>It may read the request, pass {@code next} another one (built with {@link Request#toBuilder()}), answer without
 * calling {@code next} at all, and change the answer {@code next} returns or catch what it throws: a route's
 * {@link HttpError}, or a missing route's {@link NotFoundError}. Middleware runs in declaration order, the first
 * declared outermost; an app with none runs exactly as before, with no wrapper.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Middleware {}
