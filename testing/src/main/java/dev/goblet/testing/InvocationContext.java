package dev.goblet.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda {@link Context} of an invocation outside Lambda: the names and limits a function of this name would
 * have, a clock for the remaining time, and a logger that writes to a stream (standard error by default), as a
 * function's log lines go to CloudWatch.
 */
public final class InvocationContext implements Context {
    private static final int DEFAULT_TIMEOUT_MILLIS = 60_000;
    private static final int DEFAULT_MEMORY_MB = 128;

    private final String requestId;
    private final String functionName;
    private final long deadlineMillis;
    private final LambdaLogger logger;

    private InvocationContext(String requestId, String functionName, long deadlineMillis, LambdaLogger logger) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.deadlineMillis = deadlineMillis;
        this.logger = logger;
    }

    /** The context of one invocation of {@code functionName}, with Chalice's default 60 s timeout. */
    public static InvocationContext of(String requestId, String functionName) {
        return of(requestId, functionName, System.err);
    }

    /** As {@link #of(String, String)}, logging to {@code log}. */
    public static InvocationContext of(String requestId, String functionName, PrintStream log) {
        LambdaLogger logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.println(message);
            }

            @Override
            public void log(byte[] message) {
                log.println(new String(message, StandardCharsets.UTF_8));
            }
        };
        return new InvocationContext(requestId, functionName,
                System.currentTimeMillis() + DEFAULT_TIMEOUT_MILLIS, logger);
    }

    /** This invocation's context as {@code functionName} sees it: the API's request, in the function of its route. */
    InvocationContext forFunction(String functionName) {
        return functionName.equals(this.functionName) ? this
                : new InvocationContext(requestId, functionName, deadlineMillis, logger);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId.replace("-", "");
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
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
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return DEFAULT_MEMORY_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
