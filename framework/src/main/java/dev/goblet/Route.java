package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method of an {@link App} class to an HTTP route, as Chalice's {@code @app.route} does.
 *
 * <p>Parameters bind by kind: a parameter named like a path variable gets that variable; {@link Query} and
 * {@link Header} parameters get those values; a {@link Request} or a Lambda {@code Context} parameter gets the
 * current one; the one remaining parameter, if any, is the JSON body. The return value becomes the JSON body with
 * {@link #status()}; a {@link Response} sets everything itself; {@code void} answers 204 No Content.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Route {
    /** The path template, as API Gateway writes it: {@code /users/{username}}, or {@code /files/{path+}}. */
    String path();

    /** The methods this route answers. */
    HttpMethod[] methods() default HttpMethod.GET;

    /** The status of a successful answer whose body is the returned object. */
    int status() default 200;

    /** The request content types the route accepts for a body; others get 415 Unsupported Media Type. */
    String[] contentTypes() default "application/json";

    /**
     * The Lambda function that serves this route: empty, the default, for the app's API handler
     * ({@code api_handler}); a name runs the route in a function of its own behind the same API, with its own
     * {@code lambda_functions.<name>} config (memory, timeout, environment, role). Routes naming the same function
     * share it.
     */
    String function() default "";
}
