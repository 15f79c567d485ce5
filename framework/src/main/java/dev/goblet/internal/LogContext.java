package dev.goblet.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/**
 * What {@link dev.goblet.AppLog} writes on each line of an invocation: the app, the function and the request ids.
 * The entry points {@linkplain #enter enter} it around each invocation, on the thread that serves it, and restore
 * what was there before, so that a function calling another in one JVM (the local server, the test kit) keeps its
 * own. A plain class rather than a record: a record's generated methods would cost the runtime jar a kilobyte for
 * nothing it uses.
 */
public final class LogContext {
    private static final ThreadLocal<LogContext> CURRENT = new ThreadLocal<>();

    private final String app;
    private final String function;
    private final String requestId;
    private final String apiRequestId;

    /**
     * @param app the app's name
     * @param function the Goblet function's name, such as {@code api_handler}
     * @param requestId Lambda's id of the invocation, or null
     * @param apiRequestId API Gateway's id of the request, for HTTP; null otherwise
     */
    public LogContext(String app, String function, String requestId, String apiRequestId) {
        this.app = app;
        this.function = function;
        this.requestId = requestId;
        this.apiRequestId = apiRequestId;
    }

    public String app() {
        return app;
    }

    public String function() {
        return function;
    }

    public String requestId() {
        return requestId;
    }

    public String apiRequestId() {
        return apiRequestId;
    }

    /** The invocation being served on this thread, or null outside one. */
    public static LogContext current() {
        return CURRENT.get();
    }

    /** Makes {@code context} current; returns what was, for {@link #restore}. */
    public static LogContext enter(LogContext context) {
        LogContext previous = CURRENT.get();
        CURRENT.set(context);
        return previous;
    }

    /** {@code error}'s stack trace as text, for a log line. */
    public static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /**
     * One JSON line of {@link dev.goblet.AppLog}'s shape: the time, {@code level}, the current invocation's app,
     * function and request ids, {@code message}, and {@code error}'s stack trace in {@code exception} when given.
     */
    public static String line(String level, String message, Throwable error) {
        LogContext context = current();
        StringBuilder line = new StringBuilder(160).append("{\"time\":\"").append(Instant.now())
                .append("\",\"level\":\"").append(level).append('"');
        field(line, "logger", context == null ? "app" : context.app());
        if (context != null) {
            field(line, "function", context.function());
            field(line, "requestId", context.requestId());
            field(line, "apiRequestId", context.apiRequestId());
        }
        field(line, "message", String.valueOf(message));
        if (error != null) {
            field(line, "exception", stackTrace(error));
        }
        return line.append('}').toString();
    }

    /** {@code ,"name":"value"} with the value escaped for JSON; nothing for a null or empty value. */
    private static void field(StringBuilder line, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        line.append(",\"").append(name).append("\":\"")
                .append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
    }

    /**
     * Writes an entry point's own report of {@code error} (an unhandled exception, a failed message) as an
     * {@code ERROR} line of {@link dev.goblet.AppLog}'s shape, whatever the log level, to the invocation's Lambda
     * logger, or to standard error outside Lambda.
     */
    public static void logError(Context context, String message, Throwable error) {
        lambdaLog(context, line("ERROR", message, error));
    }

    /** Writes {@code line} to the invocation's Lambda logger, or to standard error outside Lambda. */
    public static void lambdaLog(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        } else {
            System.err.println(line);
        }
    }

    /** Makes {@code previous}, as {@link #enter} returned it, current again. */
    public static void restore(LogContext previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
