package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code catch} clause of the API handler: an exception type and what answers it. The API handler holds them
 * most specific first, which is the order Java's {@code catch} clauses need and the precedence users expect.
 *
 * @param exceptionType the type caught, with its subclasses
 * @param methodName the app's method that answers; empty for {@link Answer#PASS_THROUGH}
 * @param arguments what the method takes, in its parameters' order
 * @param answer what the method returns, or that the exception passes through untouched
 * @param documented the answer the OpenAPI document gives routes that throw the type; empty for a pass-through
 */
public record ExceptionHandlerModel(ClassRef exceptionType, String methodName, List<Argument> arguments,
        Answer answer, Optional<ErrorModel> documented) {
    /** A parameter of an exception handler. */
    public enum Argument { EXCEPTION, REQUEST }

    /** What the clause does with the exception. */
    public enum Answer {
        /** The method returns the {@code Response}. */
        RESPONSE,
        /** The method returns an {@code HttpError}, which is thrown as the route's error. */
        ERROR,
        /** No method: the exception is rethrown, so that a handler for a supertype does not take it. */
        PASS_THROUGH
    }

    public ExceptionHandlerModel {
        arguments = List.copyOf(arguments);
    }

    /** The clause that lets {@code type} through to the handlers' caller. */
    public static ExceptionHandlerModel passThrough(ClassRef type) {
        return new ExceptionHandlerModel(type, "", List.of(), Answer.PASS_THROUGH, Optional.empty());
    }
}
