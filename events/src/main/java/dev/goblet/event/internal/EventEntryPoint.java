package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.EventCall;
import dev.goblet.event.FunctionError;
import dev.goblet.function.GobletFunction;
import dev.goblet.internal.Invocation;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.JsonCodec;
import dev.goblet.internal.JsonCodecs;
import dev.goblet.internal.LogContext;
import dev.goblet.internal.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The base of every generated event function's entry point: reads the event, lets the subclass for its source
 * answer it, and writes the answer. Whatever the user's method throws is logged with its stack trace and becomes a
 * {@link FunctionError}, which says nothing of it: Lambda counts a function error and the source retries.
 */
public abstract class EventEntryPoint implements GobletFunction {
    /** The function inside the app's {@code @EventMiddleware}; null when no middleware covers the function. */
    private final Invocation<EventCall, JsonNode> chain;

    /**
     * Builds the middleware chain once. It is built before the generated handler has set its app, which is safe: the
     * chain's lambdas read the app when they run, not when they are made.
     */
    protected EventEntryPoint() {
        Invocation<EventCall, JsonNode> function = call -> answer(call.event(), call.lambdaContext());
        Invocation<EventCall, JsonNode> wrapped = middleware(function);
        this.chain = wrapped == function ? null : wrapped;
    }

    /** The answer to {@code event}; what it throws fails the invocation. */
    protected abstract JsonNode answer(JsonNode event, Context context) throws Exception;

    /**
     * Wraps {@code function} in the app's event middleware that covers this function; the generated handler of a
     * function some middleware covers overrides it. Called from the constructor, so an override may only build the
     * chain, not use the app. The default adds nothing, and a function without middleware calls {@link #answer}
     * directly.
     */
    protected Invocation<EventCall, JsonNode> middleware(Invocation<EventCall, JsonNode> function) {
        return function;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event;
        try {
            event = JsonBodies.MAPPER.readTree(input);
        } catch (IOException e) {
            throw failure(context, "The event is not JSON", e);
        }
        JsonBodies.MAPPER.writeValue(output, handleEvent(event, context));
    }

    @Override
    public final JsonNode handleEvent(JsonNode event, Context context) {
        LogContext previous = LogContext.enter(new LogContext(appName(), functionName(),
                context == null ? null : context.getAwsRequestId(), null));
        try {
            JsonNode read = event == null ? JsonBodies.MAPPER.nullNode() : event;
            // A priming invocation skips the app's middleware, which is the app's code (see Priming).
            return chain == null || Priming.stops(context) ? answer(read, context)
                    : chain.proceed(new EventCall(functionName(), read, context));
        } catch (FunctionError | AuthorizerEntryPoint.Unauthorized e) {
            throw e;
        } catch (Throwable e) {
            throw failure(context, "Unhandled exception", e);
        } finally {
            LogContext.restore(previous);
        }
    }

    /**
     * Binds a message's text as JSON to {@code type}; a body that does not bind fails this message (or invocation)
     * with the reason, in the log.
     */
    protected static <T> T bind(String text, JavaType type, String what) {
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return JsonBodies.read(text.getBytes(StandardCharsets.UTF_8), type, what);
    }

    /**
     * Binds a message's text as JSON with the app's generated {@code codec}, with no reflection; fails as
     * {@link #bind(String, JavaType, String)} does.
     */
    protected static <T> T bind(String text, JsonCodec<T> codec, String what) {
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return JsonCodecs.read(text.getBytes(StandardCharsets.UTF_8), codec, what);
    }

    /** Binds a part of the event, already read as JSON, with the app's generated {@code codec}. */
    protected static <T> T bind(JsonNode json, JsonCodec<T> codec, String what) {
        if (json == null || json.isMissingNode()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return JsonCodecs.read(JsonBodies.write(json), codec, what);
    }

    /** Binds a part of the event, already read as JSON, to {@code type}, as {@link #bind(String, JavaType, String)}. */
    protected static <T> T bind(JsonNode json, JavaType type, String what) {
        if (json == null || json.isMissingNode()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return JsonBodies.read(JsonBodies.write(json), type, what);
    }

    /** Logs {@code cause} with its stack trace and returns the error that fails the invocation. */
    protected final FunctionError failure(Context context, String what, Throwable cause) {
        log(context, what + " in function " + functionName(), cause);
        return new FunctionError(functionName());
    }

    /**
     * Writes {@code message} and {@code error}'s stack trace to the function's log, as a JSON line of the app's
     * logger: the invocation's Lambda logger, or standard error outside Lambda.
     */
    static void log(Context context, String message, Throwable error) {
        LogContext.logError(context, message, error);
    }
}
