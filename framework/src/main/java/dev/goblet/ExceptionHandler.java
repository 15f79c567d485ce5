package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the {@code @App} class that answers for an exception a route throws, and for its subclasses.
 *
 * <p>The method takes the exception (its type, or a supertype of every type listed in {@link #value}) and, if it
 * needs it, the {@link Request}; it returns a {@link Response}, which is the answer, or an {@link HttpError}, which
 * is answered as if the route had thrown it. When several handlers match, the one for the most specific type wins;
 * the generated handler decides this at compile time, as the order of its {@code catch} clauses. An exception no
 * handler takes stays a 500 that reveals nothing, and so does one thrown by a handler (an {@link HttpError} thrown
 * by a handler is its answer). An {@link HttpError} a route throws is already an answer: a handler for
 * {@code Exception} does not see it, one for {@code HttpError} or a subclass does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ExceptionHandler {
    /** The exception types the method answers for; when empty, the type of its exception parameter. */
    Class<? extends Throwable>[] value() default {};

    /**
     * The status of the {@link Response} the method returns, for the OpenAPI document of the routes it answers for;
     * 0 (the document's {@code default} answer) when not given. Not needed when it returns a Goblet error such as
     * {@link ConflictError}, whose status is known. Nothing checks it at run time: it documents what the method does.
     */
    int status() default 0;
}
