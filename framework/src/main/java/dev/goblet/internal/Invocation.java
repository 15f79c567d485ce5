package dev.goblet.internal;

/**
 * What a function does with one input once it is read, such as dispatching a request to its route. Middleware
 * wraps an invocation in another; a function with no middleware runs its own invocation directly.
 *
 * @param <I> what comes in: a request, an event
 * @param <O> what goes out: a response, a result
 */
@FunctionalInterface
public interface Invocation<I, O> {
    O proceed(I input) throws Exception;
}
