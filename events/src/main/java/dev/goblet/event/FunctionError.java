package dev.goblet.event;

/**
 * An event function's invocation failed: Lambda counts a function error, so the event source retries the event or
 * sends it to its dead-letter destination. The message names the function and nothing of the cause, which the
 * function has logged with its stack trace. (An API function never fails so: it answers with an error response.)
 */
public final class FunctionError extends RuntimeException {
    public FunctionError(String functionName) {
        super("Function " + functionName + " failed; its log has the cause", null, false, false);
    }
}
