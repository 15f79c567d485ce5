package dev.goblet.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.HttpError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.UnsupportedMediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The base of every generated handler: reads the proxy event, matches the route, lets the generated
 * {@link #dispatch} call the method, and writes the proxy response. Every request gets a well-formed answer:
 * errors become Chalice's error body, and an unexpected exception a 500 that reveals nothing of it.
 */
public abstract class LambdaEntryPoint implements RequestStreamHandler {
    private final RouteTable routes;

    protected LambdaEntryPoint(RouteTable routes) {
        this.routes = routes;
    }

    /** Calls the route method {@code routeId} with parameters bound from {@code request}; returns its result. */
    protected abstract Object dispatch(int routeId, Request request) throws Exception;

    public final RouteTable routes() {
        return routes;
    }

    /**
     * The app's name, as in {@code @App(name = ...)}. Generated handlers return it so that tools outside Lambda,
     * such as the local server, find the documents the processor wrote under {@code META-INF/goblet/<name>/}
     * without scanning the classpath. Null when a handler does not say.
     */
    public String appName() {
        return null;
    }

    /** The Lambda entry point: one proxy event in, one proxy response out. */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event;
        try {
            event = JsonBodies.MAPPER.readTree(input);
        } catch (IOException e) {
            event = JsonBodies.MAPPER.nullNode();
        }
        JsonBodies.MAPPER.writeValue(output, handleEvent(event, context));
    }

    /** Answers a proxy event given as a JSON tree; the local server and the test client come in here. */
    public final JsonNode handleEvent(JsonNode event, Context context) {
        boolean payloadV2 = event != null && ProxyEventReader.isPayloadV2(event);
        Response response;
        try {
            Request request = ProxyEventReader.read(event).withLambdaContext(context);
            response = handle(request);
        } catch (HttpError e) {
            response = ResponseEncoder.error(e);
        }
        return ProxyResponseWriter.write(response, payloadV2);
    }

    /** Answers a request: matches its route, checks the body's type, dispatches, and encodes what comes back. */
    public final Response handle(Request request) {
        try {
            RouteMatch match = routes.match(request.method(), request.path());
            RouteSpec route = match.route();
            Request matched = request.withRoute(route.template(), match.pathParameters());
            checkContentType(route, matched);
            return ResponseEncoder.encode(dispatch(route.id(), matched), route);
        } catch (HttpError e) {
            return ResponseEncoder.error(e);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            log(request, e);
            return ResponseEncoder.internalError();
        }
    }

    /** As Chalice, a body without a {@code Content-Type} counts as JSON. */
    private static void checkContentType(RouteSpec route, Request request) {
        if (!route.bindsBody() || !request.hasBody()) {
            return;
        }
        String type = request.contentType() == null ? ResponseEncoder.JSON : request.contentType();
        if (!accepts(route.contentTypes(), type)) {
            throw new UnsupportedMediaType("Unsupported media type: " + type + "; " + route.method() + " "
                    + route.template() + " accepts " + String.join(", ", route.contentTypes()));
        }
    }

    private static boolean accepts(List<String> accepted, String type) {
        for (String pattern : accepted) {
            if (pattern.equals("*/*") || pattern.equals(type)
                    || (pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void log(Request request, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String line = "Unhandled exception in " + request + " (request " + request.requestId() + "): " + trace;
        Context context = request.lambdaContext();
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        } else {
            System.err.println(line);
        }
    }
}
