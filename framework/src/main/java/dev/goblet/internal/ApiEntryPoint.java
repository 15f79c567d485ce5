package dev.goblet.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.HttpError;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.UnsupportedMediaType;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The base of every generated API handler: reads the proxy event, matches the route, lets the generated
 * {@link #dispatch} call the method, and writes the proxy response. Every request gets a well-formed answer:
 * errors become Chalice's error body, and an unexpected exception a 500 that reveals nothing of it.
 *
 * <p>Between reading and routing sits the function's {@link Invocation}: the route dispatch itself, or the app's
 * middleware around it when the generated handler passes some to the constructor.
 */
public abstract class ApiEntryPoint implements ApiFunction {
    private final RouteTable routes;
    private final Invocation<Request, Response> invocation;
    /** The routing alone, without the app's middleware: what a priming request goes through (see {@link Priming}). */
    private final Invocation<Request, Response> routing;
    private final Function<Class<?>, JsonCodec<?>> codecs = this::codecFor;

    protected ApiEntryPoint(RouteTable routes) {
        this(routes, UnaryOperator.identity());
    }

    /** A handler whose routing runs inside {@code middleware}, which wraps it once, when the handler is built. */
    protected ApiEntryPoint(RouteTable routes, UnaryOperator<Invocation<Request, Response>> middleware) {
        this.routes = routes;
        this.routing = this::route;
        this.invocation = middleware.apply(routing);
    }

    /** Calls the route method {@code routeId} with parameters bound from {@code request}; returns its result. */
    protected abstract Object dispatch(int routeId, Request request) throws Exception;

    /** The route table, for the generated code's callers in this runtime and for benchmarks. */
    public final RouteTable routeTable() {
        return routes;
    }

    @Override
    public String functionName() {
        return API_HANDLER;
    }

    @Override
    public final List<ApiRoute> routes() {
        List<ApiRoute> all = new ArrayList<>();
        for (RouteSpec route : routes.routes()) {
            for (HttpMethod method : route.methods()) {
                all.add(new ApiRoute(method, route.template()));
            }
        }
        return List.copyOf(all);
    }

    @Override
    public final Optional<ApiRoute.Match> match(String method, String path) {
        RouteMatch match = routes.lookup(method, path);
        return match == null ? Optional.empty() : Optional.of(new ApiRoute.Match(
                new ApiRoute(HttpMethod.valueOf(method), match.route().template()), match.pathParameters()));
    }

    @Override
    public final boolean hasPath(String path) {
        return routes.hasPath(path);
    }

    /**
     * The Lambda entry point: one proxy event in, one proxy response out, both streamed with jackson-core alone, so
     * that a cold start loads no class of jackson-databind for them. Nothing is thrown out of it (see
     * {@link #handleEvent}); what cannot be read as JSON is answered as an event that is not a proxy event.
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ProxyEventReader.Event event = ProxyEventReader.Event.NOT_AN_EVENT;
        Response response;
        try {
            try (JsonParser parser = ProxyEventReader.FACTORY.createParser(input)) {
                event = ProxyEventReader.read(parser);
            } catch (Exception unreadable) {
                // Not JSON, cut short, nested too deeply: the tree path had no event then, so neither has this one.
                event = ProxyEventReader.Event.NOT_AN_EVENT;
            }
            response = answer(event, context);
        } catch (Throwable e) {
            log("an event", context, e);
            response = ResponseEncoder.internalError();
        }
        try (JsonGenerator generator = ProxyEventReader.FACTORY.createGenerator(output)) {
            try {
                ProxyResponseWriter.write(response, event.payloadV2(), generator);
            } catch (RuntimeException | Error e) {
                // A body of a type no encoder writes, from a middleware's own answer: the writer checks and encodes
                // the body before its first token, so the output is still empty.
                log("an event", context, e);
                ProxyResponseWriter.write(ResponseEncoder.internalError(), event.payloadV2(), generator);
            }
        }
    }

    /**
     * Answers a proxy event given as a JSON tree; the local server and the test client come in here. Nothing is
     * thrown out of it: an exception escaping a Lambda handler is a function error, which API Gateway answers with a
     * bare 502 and the local server with a dropped connection, so whatever goes wrong here is a 500 and a log line.
     */
    @Override
    public final JsonNode handleEvent(JsonNode event, Context context) {
        boolean payloadV2 = false;
        try {
            ProxyEventReader.Event read = ProxyEventReader.Event.of(event);
            payloadV2 = read.payloadV2();
            return ProxyResponseWriter.tree(answer(read, context), payloadV2);
        } catch (Throwable e) {
            log("an event", context, e);
            return ProxyResponseWriter.tree(ResponseEncoder.internalError(), payloadV2);
        }
    }

    /** The answer to an event read: its request's, or the error answer of an event that makes none. */
    private Response answer(ProxyEventReader.Event event, Context context) {
        try {
            return handle(event.request().withLambdaContext(context));
        } catch (HttpError e) {
            return ResponseEncoder.error(e);
        }
    }

    /**
     * Answers a request: routes it through the invocation, and turns what is thrown into an error answer. Only an
     * {@link HttpError} chooses its answer; anything else, {@code Error}s included, is a bug of the app (or of
     * Goblet), so its answer is a 500 that reveals nothing while the log gets the stack trace.
     */
    public final Response handle(Request request) {
        Context lambda = request.lambdaContext();
        LogContext previous = LogContext.enter(new LogContext(appName(), functionName(),
                lambda == null ? null : lambda.getAwsRequestId(), request.requestId()));
        try {
            return handleInContext(request);
        } finally {
            LogContext.restore(previous);
        }
    }

    /** {@link #handle}, with the app's log knowing the request. */
    private Response handleInContext(Request request) {
        if (!routes.anyCors() && appCors() == null) {
            // No CORS anywhere: the route match is the only look-up the request needs.
            return answer(request);
        }
        List<RouteSpec> atPath = routes.routesAt(request.path());
        // Every route of a path has the same CORS settings (the processor checks it); no route, the app's.
        CorsHeaders cors = atPath.isEmpty() ? appCors() : atPath.get(0).cors();
        if (cors == null) {
            return answer(request);
        }
        if (!atPath.isEmpty() && request.method().equals("OPTIONS")) {
            List<HttpMethod> methods = new ArrayList<>();
            atPath.forEach(route -> methods.addAll(route.methods()));
            return cors.preflight(methods);
        }
        return cors.addTo(answer(request));
    }

    /**
     * The app's CORS headers, for answers to paths no route has; null, the default, when the app has no CORS.
     * The generated handler of an app with {@code @Cors} overrides it.
     */
    protected CorsHeaders appCors() {
        return null;
    }

    private Response answer(Request request) {
        try {
            // Middleware is the app's code: a priming request must not run it.
            return (Priming.stops(request.lambdaContext()) ? routing : invocation).proceed(request);
        } catch (HttpError e) {
            return ResponseEncoder.error(e);
        } catch (Throwable e) {
            log(request, request.lambdaContext(), e);
            return ResponseEncoder.internalError();
        }
    }

    /** Matches the request's route, checks the body's type, dispatches, and encodes what comes back. */
    private Response route(Request request) throws Exception {
        RouteMatch match = routes.match(request.method(), request.path());
        RouteSpec route = match.route();
        Request matched = request.withRoute(route.template(), match.pathParameters());
        checkContentType(route, matched);
        return ResponseEncoder.encode(dispatch(route.id(), matched), route, codecs);
    }

    /**
     * The app's generated codec for values of {@code type}, for answers whose type only shows at run time (the body
     * of a {@code Response}); null, the default, sends them through jackson-databind.
     */
    protected JsonCodec<?> codecFor(Class<?> type) {
        return null;
    }

    /**
     * A body must say its type. Unlike Chalice, a body without a {@code Content-Type} is not taken as JSON: a
     * browser sends such a body cross-site without a preflight, so taking it would open JSON routes to cross-site
     * writes. Only a route that accepts {@code *}{@code /*} takes a body of no stated type.
     */
    private static void checkContentType(RouteSpec route, Request request) {
        if (!route.bindsBody() || !request.hasBody()) {
            return;
        }
        String type = request.contentType();
        if (type == null ? !route.contentTypes().contains("*/*") : !accepts(route.contentTypes(), type)) {
            throw new UnsupportedMediaType("Unsupported media type: " + (type == null ? "none given" : type) + "; "
                    + request.method() + " " + route.template() + " accepts "
                    + String.join(", ", route.contentTypes()));
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

    private static void log(Object request, Context context, Throwable error) {
        String id = request instanceof Request r ? " (request " + r.requestId() + ")" : "";
        LogContext.logError(context, "Unhandled exception in " + request + id, error);
    }
}
