package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class that holds an app's routes, as {@code app = Chalice(app_name='web-api')} does in Python.
 *
 * <p>At compile time Goblet generates, in the same package, a Lambda entry point named after the app
 * ({@code web-api} becomes {@code WebApiHandler}) that holds the route table as code. The class must be public,
 * not abstract, and have a public no-argument constructor: the generated handler creates one instance per
 * Lambda container.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface App {
    /** The app's name: letters, digits, {@code -} and {@code _}. Names the generated handler and the resources. */
    String name();

    /** The API version shown in the generated OpenAPI document. */
    String version() default "1.0.0";

    /** A description of the API for the generated OpenAPI document; the class's Javadoc when empty. */
    String description() default "";

    /**
     * Media types a REST API treats as binary, beyond Chalice's list and the routes' own non-text
     * {@code contentTypes}: Chalice's {@code app.api.binary_types}. A request body of such a type reaches the
     * function base64-encoded, and a byte answer reaches a client whose first {@code Accept} type is one of them as
     * bytes. Wildcards such as {@code image/*} are allowed; {@code *}{@code /*} makes every body binary.
     */
    String[] binaryTypes() default {};
}
