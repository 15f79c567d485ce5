package dev.goblet.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import dev.goblet.testing.Events;
import dev.goblet.testing.InvocationContext;
import dev.goblet.testing.ProxyEventBuilder;
import dev.goblet.testing.ProxyResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays API Gateway for one HTTP exchange: refuses bodies over its 10 MB limit, builds the proxy event it would
 * send, runs it through the handler's Lambda entry ({@link ApiFunction#handleEvent}), and writes the proxy
 * response back as HTTP. Then logs one line: method, path, status, milliseconds.
 */
final class LocalGateway implements HttpHandler {
    /** API Gateway's payload limit: 10 MB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Past this, a refused body is no longer read to its end; the connection is closed instead. */
    private static final long MAX_DRAINED_BYTES = 8L * MAX_BODY_BYTES;
    /** Headers the HTTP server writes itself. */
    private static final Set<String> SERVER_HEADERS = Set.of("content-length", "transfer-encoding", "connection",
            "date");

    private final ApiFunction handler;
    private final ServerOptions options;
    private final ApiDocs docs;

    LocalGateway(ApiFunction handler, ServerOptions options) {
        this.handler = handler;
        this.options = options;
        this.docs = new ApiDocs(handler.appName(), handler.getClass().getClassLoader() == null
                ? ClassLoader.getSystemClassLoader() : handler.getClass().getClassLoader());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        int status = 500;
        try {
            ProxyResponse response = answer(exchange, method, uri);
            status = response.status();
            write(exchange, method, response);
        } catch (RuntimeException | IOException | Error e) {
            options.log().println("Failed to answer " + method + " " + uri + ": " + e);
            throw e;
        } finally {
            exchange.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            options.log().println(method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " " + status + " " + millis + " ms");
        }
    }

    private ProxyResponse answer(HttpExchange exchange, String method, URI uri) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return GatewayAnswer.error(413, "RequestEntityTooLargeError", "Request body is over API Gateway's limit"
                    + " of " + MAX_BODY_BYTES + " bytes");
        }
        if (docs.serves(path) && (method.equals("GET") || method.equals("HEAD")) && !handler.hasPath(path)) {
            return docs.answer(path, baseUrl(exchange));
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
        return ProxyResponse.of(handler.handleEvent(built,
                InvocationContext.of(requestId, ApiFunction.API_HANDLER, options.log())));
    }

    /** The whole body, or null when it is over the limit (read to its end all the same, so the client hears us). */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total <= MAX_BODY_BYTES) {
                body.write(buffer, 0, read);
            } else if (total > MAX_DRAINED_BYTES) {
                break;
            }
        }
        return total > MAX_BODY_BYTES ? null : body.toByteArray();
    }

    private static String baseUrl(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host;
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
