package dev.goblet.snapstart;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.JsonCodec;
import dev.goblet.internal.Priming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Primes one entry point before a SnapStart checkpoint: a CRaC {@link Resource} whose {@link #beforeCheckpoint} runs
 * the entry point's generated {@code prime()}, so that the snapshot holds the classes, the initialised codecs and
 * the interpreter's profile of a first request. The generated entry point makes one when it is built and keeps it:
 * the CRaC context holds its resources weakly.
 *
 * <p>What priming does and does not run is {@link Priming}'s contract: every route's event goes through the entry
 * point's real reading, routing, binding and writing, with a context that makes generated code stop before the app's
 * method; an event function gets one event of its source, read into its view and its payload bound the same way;
 * each JSON codec reads a sample document and writes the value back. Nothing is thrown out of it: a checkpoint
 * must never fail because priming did, so a failure is one line on standard error and the checkpoint goes on.
 *
 * <p>On a JVM without CRaC (every Lambda without SnapStart, and this machine) registering is a no-op of org.crac and
 * {@code beforeCheckpoint} never runs; {@code prime()} can still be called directly, as the benchmark does.
 */
public final class SnapStartPriming implements Resource {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern REACHED_THE_STOP = Pattern.compile("\"statusCode\"\\s*:\\s*204\\b");

    private final String function;
    private final Runnable prime;

    private SnapStartPriming(String function, Runnable prime) {
        this.function = function;
        this.prime = prime;
    }

    /**
     * Registers {@code prime} (an entry point's {@code prime()}) to run before a checkpoint; the caller keeps what it
     * returns for as long as the entry point lives. Never throws: without CRaC there is nothing to register with.
     */
    public static SnapStartPriming register(String function, Runnable prime) {
        SnapStartPriming resource = new SnapStartPriming(function, prime);
        try {
            Core.getGlobalContext().register(resource);
        } catch (Throwable e) {
            log("cannot register priming of function " + function + " for a checkpoint", e);
        }
        return resource;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            prime.run();
        } catch (Throwable e) {
            // Each step below catches its own failures; this is for a bug of the generated prime() itself.
            log("priming of function " + function + " stopped", e);
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: priming holds no connection, file or thread.
    }

    /**
     * Sends one synthetic event through {@code handler}'s Lambda entry point with the priming context, and throws the
     * answer away. A route's event that its binding refuses (a sample value the app's own type rejects) still primes
     * the reading, the routing and the error answer.
     */
    public static void event(RequestStreamHandler handler, String event) {
        try {
            ByteArrayOutputStream answer = new ByteArrayOutputStream(256);
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer,
                    Priming.CONTEXT);
            // A route that reached the stop answers Priming.NOT_CALLED's 204; any other status means the binding
            // refused a sample, and priming went only as far as that: worth a line, so that an app can give examples.
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!REACHED_THE_STOP.matcher(text).find()) {
                System.err.println("Goblet priming: a route's sample did not reach its method; primed up to its "
                        + "error answer: " + event.substring(0, Math.min(event.length(), 160)) + " answered "
                        + text.substring(0, Math.min(text.length(), 160)));
            }
        } catch (Throwable e) {
            log("a priming event failed", e);
        }
    }

    /**
     * Sends one synthetic event through an event function's entry point with the priming context, and throws the
     * answer away. The generated method binds the event's payload and stops before the app's; a sample the payload's
     * type refuses is logged by the entry point as a failed message, and priming went as far as that.
     */
    public static void function(RequestStreamHandler handler, String event) {
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    OutputStream.nullOutputStream(), Priming.CONTEXT);
        } catch (Throwable e) {
            log("a priming event failed", e);
        }
    }

    /**
     * Reads {@code sample} with {@code codec} and writes the value back, to load and run the codec's code for an answer
     * of its type, which priming cannot get from the app without calling it.
     */
    public static <T> void codec(JsonCodec<T> codec, String sample) {
        try (JsonParser in = FACTORY.createParser(sample);
                JsonGenerator out = FACTORY.createGenerator(OutputStream.nullOutputStream())) {
            in.nextToken();
            codec.write(out, codec.read(in));
        } catch (Throwable e) {
            // A sample the type's own constructor refuses: the reading was primed up to it.
            log("a priming sample did not bind", e);
        }
    }

    /**
     * Priming of the answers jackson-databind writes, apart so that an app without databind never loads a class that
     * names it.
     */
    public static final class Databind {
        private Databind() {}

        /** Reads {@code sample} as {@code type} with Goblet's mapper and writes it back, building both its serializers. */
        public static void answer(JavaType type, String sample) {
            try {
                JsonBodies.MAPPER.writeValue(OutputStream.nullOutputStream(),
                        JsonBodies.<Object>read(sample.getBytes(StandardCharsets.UTF_8), type, "priming sample"));
            } catch (Throwable e) {
                log("a priming sample did not bind", e);
            }
        }
    }

    private static void log(String what, Throwable e) {
        System.err.println("Goblet priming: " + what + ": " + e);
    }
}
