package dev.goblet.internal;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.goblet.Response;

/**
 * The Lambda context of a priming invocation: a synthetic event sent through an entry point's real path before a
 * SnapStart checkpoint (or at start-up), to load and run the code a first request needs. Generated code that sees it
 * binds the route's or function's parameters as for any event and then returns {@link #NOT_CALLED} instead of calling
 * the app's method; the API entry point skips the app's middleware for it. So priming runs Goblet's code and the
 * app's value types (bodies' constructors, parameters' {@code valueOf}), never the app's methods: it cannot touch the
 * app's store. Only Lambda's runtime or {@code goblet-snapstart} make invocations with it.
 */
public final class Priming implements Context {
    /** The one priming context; an invocation is a priming one when its context is this very object. */
    public static final Priming CONTEXT = new Priming();
    /** What a route answers in place of calling the app's method during priming. */
    public static final Response NOT_CALLED = Response.status(204).build();

    private Priming() {}

    /** Whether an invocation with {@code context} is a priming one: then generated code stops before the app. */
    public static boolean stops(Context context) {
        return context == CONTEXT;
    }

    @Override
    public String getAwsRequestId() {
        return "goblet-priming";
    }

    @Override
    public String getLogGroupName() {
        return null;
    }

    @Override
    public String getLogStreamName() {
        return null;
    }

    @Override
    public String getFunctionName() {
        return null;
    }

    @Override
    public String getFunctionVersion() {
        return null;
    }

    @Override
    public String getInvokedFunctionArn() {
        return null;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 60_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 0;
    }

    /** None: what priming logs (an event that failed to prime) goes to standard error, Lambda's log. */
    @Override
    public LambdaLogger getLogger() {
        return null;
    }
}
