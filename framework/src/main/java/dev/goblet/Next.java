package dev.goblet;

/** What a {@link Middleware} method calls to go on: the next middleware, or the route itself. */
@FunctionalInterface
public interface Next {
    /** Answers {@code request} the way the rest of the chain does; throws what it throws. */
    Response proceed(Request request) throws Exception;
}
