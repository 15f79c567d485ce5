package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets browsers call routes from pages of another origin, as Chalice's {@code cors=True} and {@code CORSConfig} do.
 *
 * <p>Beside {@link App} it is the default of every route; on a {@link Route} method it replaces that default for
 * the route ({@code @Cors(enabled = false)} turns it off). Every method of one path must have the same settings,
 * since the browser's preflight {@code OPTIONS} is answered per path: by API Gateway itself once deployed, by the
 * handler locally. Every answer of a CORS route carries the {@code Access-Control-*} headers, errors included.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Cors {
    /** The one origin allowed, such as {@code https://app.example.com}, or {@code *} for any. */
    String allowOrigin() default "*";

    /**
     * Request headers allowed beyond Chalice's set: {@code Authorization}, {@code Content-Type},
     * {@code X-Amz-Date}, {@code X-Amz-Security-Token} and {@code X-Api-Key}.
     */
    String[] allowHeaders() default {};

    /** Answer headers the browser lets the page read. */
    String[] exposeHeaders() default {};

    /** How many seconds the browser may keep a preflight's answer; -1 leaves it to the browser. */
    int maxAge() default -1;

    /** Whether the browser may send cookies and credentials; needs an {@link #allowOrigin} other than {@code *}. */
    boolean allowCredentials() default false;

    /** False on a route turns the app's CORS off for it. */
    boolean enabled() default true;
}
