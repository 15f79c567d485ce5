package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.goblet.function.ApiFunction;
import dev.goblet.internal.GatewayError;
import dev.goblet.function.ApiRoute;
import dev.goblet.testing.ApiFunctions;
import dev.goblet.testing.Events;
import dev.goblet.testing.InvocationContext;
import dev.goblet.testing.PayloadVersion;
import dev.goblet.testing.ProxyEventBuilder;
import dev.goblet.testing.ProxyResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Plays API Gateway for one HTTP exchange: refuses requests that do not name this server ({@link HostCheck}) and
 * bodies over its 10 MB limit, builds the proxy event it would send, runs it through the handler's Lambda entry
 * ({@link ApiFunction#handleEvent}), and writes the proxy response back as HTTP. Then logs one line: method, path,
 * status, milliseconds.
 */
final class LocalGateway implements HttpHandler {
    /** API Gateway's payload limit: 10 MB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Headers the HTTP server writes itself. */
    private static final Set<String> SERVER_HEADERS = Set.of("content-length", "transfer-encoding", "connection",
            "date");

    private final ApiFunction handler;
    private final ServerOptions options;
    private final ApiDocs docs;
    private final HostCheck hosts;
    /** Handler runs at once: {@link ServerOptions#threads()}. */
    private final Semaphore running;
    /** What API Gateway checks before a protected route. */
    private final LocalSecurity security;

    LocalGateway(ApiFunction handler, ServerOptions options, HostCheck hosts, Semaphore running) {
        this.handler = handler;
        this.options = options;
        this.hosts = hosts;
        this.running = running;
        // The app's documents are beside its classes, not beside the API's view of several functions.
        ApiFunction app = handler instanceof ApiFunctions api ? api.functions().get(0) : handler;
        ClassLoader loader = app.getClass().getClassLoader() == null ? ClassLoader.getSystemClassLoader()
                : app.getClass().getClassLoader();
        this.docs = new ApiDocs(handler.appName(), loader);
        this.security = LocalSecurity.load(handler.appName(), loader, options.log(),
                LocalSecurity.configuredApiKey());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        ProxyResponse response = null;
        try {
            response = answer(exchange, method, uri);
            // Logged before the answer goes out, so that a client holding its answer finds the line.
            logLine(method, uri, response.status(), start);
            write(exchange, method, response);
        } catch (RuntimeException | IOException | Error e) {
            options.log().println("Failed to answer " + method + " " + uri + ": " + e);
            if (response == null) {
                logLine(method, uri, 500, start);
            }
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void logLine(String method, URI uri, int status, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        options.log().println(method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " " + status + " " + millis + " ms");
    }

    private ProxyResponse answer(HttpExchange exchange, String method, URI uri) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!hosts.allowsHost(host)) {
            return GatewayAnswer.error(403, "ForbiddenError", "This server answers only requests addressed to it"
                    + " by its own name, such as http://127.0.0.1:" + exchange.getLocalAddress().getPort());
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (!hosts.allowsOrigin(method, origin, host) && !corsAllows(origin, path)) {
            return GatewayAnswer.error(403, "ForbiddenError", "A " + method + " from another site's page is"
                    + " refused: the local server has no CORS settings");
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            return GatewayAnswer.error(413, "RequestEntityTooLargeError", "Request body is over API Gateway's limit"
                    + " of " + MAX_BODY_BYTES + " bytes");
        }
        if (docs.serves(path) && (method.equals("GET") || method.equals("HEAD")) && !handler.hasPath(path)) {
            return docs.answer(path, "http://" + host);
        }
        // The route API Gateway would pick, for the event's resource; none when no route answers.
        Optional<ApiRoute.Match> match = handler.match(method, path);
        ProxyEventBuilder event = Events.apiGateway(options.payload(), method, path)
                .stage(options.stage())
                .sourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .body(body);
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> event.header(name, value)));
        event.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        event.header("X-Forwarded-Port", String.valueOf(exchange.getLocalAddress().getPort()));
        event.header("X-Forwarded-Proto", "http");
        match.ifPresent(route -> event.route(route.route().template(), route.pathParameters()));
        // The JDK's server has refused a malformed query already (400), so this one decodes.
        ObjectNode built = event.rawQuery(uri.getRawQuery()).build();
        String requestId = built.path("requestContext").path("requestId").asText();
        if (match.isPresent()) {
            LocalSecurity.Decision decision = security.check(match.get(), path, options.stage(),
                    name -> exchange.getRequestHeaders().getFirst(name));
            if (!decision.allowed()) {
                return gatewayError(decision.error(), path);
            }
            if (decision.authorizer() != null) {
                LocalSecurity.putInto(built, decision.authorizer(), options.payload() == PayloadVersion.REST_1_0);
            }
        }
        running.acquireUninterruptibly();
        try {
            ProxyResponse answer = ProxyResponse.of(handler.handleEvent(built,
                    InvocationContext.of(requestId, ApiFunction.API_HANDLER, options.log())));
            boolean restApi = options.payload() == PayloadVersion.REST_1_0;
            return restApi && match.isEmpty() && (answer.status() == 404 || answer.status() == 405)
                    ? missingRoute(answer) : answer;
        } finally {
            running.release();
        }
    }

    /**
     * A REST API answers a path or method no route has with its 403: the same {@link GatewayError} the template's
     * gateway response gives, with the CORS headers the handler put on its own 404 or 405.
     */
    private static ProxyResponse missingRoute(ProxyResponse answer) {
        GatewayError error = GatewayError.MISSING_AUTHENTICATION_TOKEN;
        ProxyResponse missing = GatewayAnswer.error(error.status(), error.code(), error.message());
        Map<String, List<String>> headers = new LinkedHashMap<>(missing.headers());
        answer.headers().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                headers.put(name, values);
            }
        });
        return new ProxyResponse(missing.status(), headers, missing.body());
    }

    /**
     * API Gateway's own answer to a request it stops (an authorizer's 401 or 403, a missing API key), with the CORS
     * headers the path's preflight gives, as the template's gateway responses have them.
     */
    private ProxyResponse gatewayError(GatewayError error, String path) {
        ProxyResponse answer = GatewayAnswer.error(error.status() == 0 ? 500 : error.status(), error.code(),
                error.message());
        ObjectNode preflight = Events.apiGateway(options.payload(), "OPTIONS", path).stage(options.stage()).build();
        JsonNode cors = handler.handleEvent(preflight, InvocationContext.of(
                preflight.path("requestContext").path("requestId").asText(), ApiFunction.API_HANDLER, options.log()));
        if (cors.path("statusCode").asInt() != 200) {
            return answer;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(answer.headers());
        cors.path("headers").fields().forEachRemaining(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("access-control-") && !name.equals("access-control-allow-methods")) {
                headers.put(header.getKey(), List.of(header.getValue().asText()));
            }
        });
        return new ProxyResponse(answer.status(), headers, answer.body());
    }

    /**
     * Whether the app's CORS lets {@code origin} call {@code path}: what the browser asked in its preflight, which
     * the handler answers as API Gateway's mock does.
     */
    private boolean corsAllows(String origin, String path) {
        ObjectNode preflight = Events.apiGateway(options.payload(), "OPTIONS", path).stage(options.stage()).build();
        JsonNode answer = handler.handleEvent(preflight, InvocationContext.of(
                preflight.path("requestContext").path("requestId").asText(), ApiFunction.API_HANDLER, options.log()));
        String allowed = answer.path("headers").path("Access-Control-Allow-Origin").asText("");
        return answer.path("statusCode").asInt() == 200 && (allowed.equals("*") || allowed.equals(origin.trim()));
    }

    /**
     * The whole body, or null as soon as it is known to be over the limit: from Content-Length before reading, or
     * once the bytes read pass it. The 413 then goes out at once; the JDK server drops what is left of the body
     * while it does ({@link LocalServer} sets how much), then closes the connection.
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        // The JDK server has refused a Content-Length that is not a number (400), so this one parses.
        if (length != null && Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
            return null;
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (body.size() + read > MAX_BODY_BYTES) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static void write(HttpExchange exchange, String method, ProxyResponse response) throws IOException {
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            if (!SERVER_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(header.getKey(), header.getValue());
            }
        }
        byte[] body = response.body();
        boolean noBody = method.equals("HEAD") || response.status() == 204 || response.status() == 304
                || body.length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
