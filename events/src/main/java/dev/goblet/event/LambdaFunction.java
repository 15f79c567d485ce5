package dev.goblet.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method a pure Lambda function of its own, JSON in and JSON out: Chalice's {@code @app.lambda_function}.
 * The method takes at most one payload parameter (a record, a collection, a {@code String}, a {@code JsonNode}),
 * bound from the invocation's JSON as a route's body is, and may take the Lambda {@code Context}; what it returns
 * is the invocation's result, as JSON.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LambdaFunction {
    /** The function's name, its {@code lambda_functions} key; by default the method's name in snake case. */
    String name() default "";
}
