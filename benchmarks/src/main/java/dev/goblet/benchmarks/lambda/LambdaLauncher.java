package dev.goblet.benchmarks.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * Plays Lambda's runtime in a fresh JVM whose classpath is a deployable zip: builds the handler by its no-argument
 * constructor, answers one event and prints the answer at once (the driver times the JVM's start to that line),
 * then replays a stream of events to time warm dispatch, and last reports the JVM's peak resident memory.
 *
 * <p>Arguments: handler class, first event file, stream file (one {@code status<TAB>event} per line), warm-up
 * events, measured events. Output lines: {@code FIRST <answer>}, {@code WARM <ns per event>},
 * {@code RSS <peak kB after the first answer> <peak kB at exit>}. This class only uses the JDK and lambda-core,
 * which both zips hold, so it adds nothing the handler would not load itself.
 */
public final class LambdaLauncher {
    private static final Context CONTEXT = new LaunchContext();

    private LambdaLauncher() {}

    public static void main(String[] args) throws Exception {
        byte[] first = Files.readAllBytes(Paths.get(args[1]));
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor()
                .newInstance();
        System.out.println("FIRST " + answer(handler, first));
        System.out.flush();
        long peakAfterFirst = peakResidentKb();

        List<String> lines = Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8);
        String[] expected = new String[lines.size()];
        byte[][] events = new byte[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            expected[i] = line.substring(0, tab);
            events[i] = line.substring(tab + 1).getBytes(StandardCharsets.UTF_8);
        }
        checkStream(handler, expected, events);
        replay(handler, events, wholePasses(Integer.parseInt(args[3]), events.length));
        int measured = wholePasses(Integer.parseInt(args[4]), events.length);
        long start = System.nanoTime();
        replay(handler, events, measured);
        long elapsed = System.nanoTime() - start;
        System.out.println("WARM " + (elapsed / measured));
        System.out.println("RSS " + peakAfterFirst + " " + peakResidentKb());
    }

    /**
     * One pass with every answer checked, so that no figure is ever the time of an error: a number expects that
     * proxy status, anything else is text the answer must hold (an SQS batch's failures).
     */
    private static void checkStream(RequestStreamHandler handler, String[] expected, byte[][] events)
            throws IOException {
        for (int i = 0; i < events.length; i++) {
            String answer = answer(handler, events[i]);
            boolean status = expected[i].chars().allMatch(Character::isDigit);
            if (!answer.contains(status ? "\"statusCode\":" + expected[i] + "," : expected[i])) {
                throw new IllegalStateException("Event " + i + " expected " + expected[i] + ", got " + answer);
            }
        }
    }

    /** Whole passes over the stream only, so that every pass starts from the same store and answers alike. */
    private static int wholePasses(int events, int streamLength) {
        return Math.max(1, (events + streamLength - 1) / streamLength) * streamLength;
    }

    private static void replay(RequestStreamHandler handler, byte[][] events, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        for (int i = 0; i < count; i++) {
            out.reset();
            handler.handleRequest(new ByteArrayInputStream(events[i % events.length]), out, CONTEXT);
        }
    }

    private static String answer(RequestStreamHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, CONTEXT);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** VmHWM of /proc/self/status: the most memory the process has held resident. */
    private static long peakResidentKb() throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** The invocation context Lambda would pass, as the 128 MB function of the walkthrough; logs go to stderr. */
    private static final class LaunchContext implements Context, LambdaLogger {
        @Override
        public String getAwsRequestId() {
            return "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/users";
        }

        @Override
        public String getLogStreamName() {
            return "2026/01/01/[$LATEST]0123456789abcdef";
        }

        @Override
        public String getFunctionName() {
            return "users";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:users";
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
            return 30_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 128;
        }

        @Override
        public LambdaLogger getLogger() {
            return this;
        }

        @Override
        public void log(String message) {
            System.err.println(message);
        }

        @Override
        public void log(byte[] message) {
            System.err.write(message, 0, message.length);
        }
    }
}
