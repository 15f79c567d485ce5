package dev.goblet.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/** The API Gateway event fixtures under {@code src/test/resources/events}, and a way to send them. */
final class Events {
    static final String REST_V1_POST_USERS = "rest-v1-post-users.json";
    static final String HTTP_V2_GET_USER = "http-v2-get-user.json";

    private Events() {}

    /** A fresh, mutable copy of a fixture event. */
    static ObjectNode load(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture event " + name);
            }
            return (ObjectNode) JsonBodies.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends raw bytes through {@link ApiEntryPoint#handleRequest} and parses what it wrote. */
    static ObjectNode invoke(ApiEntryPoint handler, byte[] input, Context context) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(input), output, context);
            return (ObjectNode) JsonBodies.MAPPER.readTree(output.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Lambda context of {@code functionName} whose logger writes to {@code log}, and which has nothing else: the
     * runtime asks a context for its logger only. (The test kit's full context is in goblet-testing, which depends
     * on this module.)
     */
    static Context context(String functionName, PrintStream log) {
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
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getLogger" -> logger;
                    case "getFunctionName" -> functionName;
                    default -> null;
                });
    }

    static ObjectNode invoke(ApiEntryPoint handler, ObjectNode event, Context context) {
        return invoke(handler, event.toString().getBytes(StandardCharsets.UTF_8), context);
    }
}
