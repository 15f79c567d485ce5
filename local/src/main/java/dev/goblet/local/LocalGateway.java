package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import dev.goblet.internal.GatewayError;
import dev.goblet.testing.ApiFunctions;
import dev.goblet.testing.BinaryMediaTypes;
import dev.goblet.testing.Events;
import dev.goblet.testing.InvocationContext;
import dev.goblet.testing.PayloadVersion;
import dev.goblet.testing.ProxyEventBuilder;
import dev.goblet.testing.ProxyResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Plays API Gateway for one HTTP request: refuses requests that do not name this server ({@link HostCheck}) and
 * bodies over its 10 MB limit, builds the proxy event it would send, runs it through the handler's Lambda entry
 * ({@link ApiFunction#handleEvent}), and writes the proxy response back as HTTP. Then logs one line: method, path,
 * status, milliseconds.
 *
 * <p>A Jetty handler that blocks: each request has a server thread while its body is read and its answer written,
 * and waits for one of {@link ServerOptions#threads()} to run the app.
 */
final class LocalGateway extends Handler.Abstract {
    /** API Gateway's payload limit: 10 MB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /**
     * How much of a refused body is read and dropped after the answer, so that a client still sending it finds the
     * answer instead of a reset connection; within the request's time.
     */
    static final long DRAIN_BYTES = 8L * MAX_BODY_BYTES;
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
    /** The app's binary media types, by which a REST API encodes request bodies and decodes answers. */
    private final BinaryMediaTypes binaryTypes;

    LocalGateway(ApiFunction handler, ServerOptions options, HostCheck hosts, Semaphore running) {
        super(InvocationType.BLOCKING);
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
        this.binaryTypes = ConfiguredStages.load(loader, app.getClass().getName()).binaryMediaTypes();
    }

    /** Whether the server plays a REST API with its events: the one API whose binary rules hang on the types. */
    private boolean restApi() {
        return options.api() == ApiKind.REST && options.payload() == PayloadVersion.REST_1_0;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        HttpURI uri = request.getHttpURI();
        String target = uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        Body body = new Body(request);
        ProxyResponse answer = null;
        try {
            answer = answer(request, method, uri, body);
            // Logged before the answer goes out, so that a client holding its answer finds the line.
            logLine(method, target, answer.status(), start);
            // A refused body is drained after the answer, and then the connection closes.
            write(answer, response, !body.isRead());
            body.drain();
            callback.succeeded();
        } catch (IOException e) {
            // The connection closed under the request: the client went away, or was cut off by the request time.
            options.log().println("Dropped " + method + " " + target + ": the connection closed before "
                    + (answer == null ? "the request was read" : "the answer was sent"));
            callback.failed(e);
        } catch (RuntimeException | Error e) {
            options.log().println("Failed to answer " + method + " " + target + ": " + e);
            if (answer == null) {
                logLine(method, target, 500, start);
            }
            callback.failed(e);
        }
        return true;
    }

    private void logLine(String method, String target, int status, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        options.log().println(method + " " + target + " " + status + " " + millis + " ms");
    }

    private ProxyResponse answer(Request request, String method, HttpURI uri, Body body) throws IOException {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        HttpFields fields = request.getHeaders();
        String host = fields.get(HttpHeader.HOST);
        int localPort = Request.getLocalPort(request);
        if (!hosts.allowsHost(host)) {
            return GatewayAnswer.error(403, "ForbiddenError", "This server answers only requests addressed to it"
                    + " by its own name, such as http://127.0.0.1:" + localPort);
        }
        String origin = fields.get(HttpHeader.ORIGIN);
        if (!hosts.allowsOrigin(method, origin, host) && !corsAllows(origin, path)) {
            return GatewayAnswer.error(403, "ForbiddenError", "A " + method + " from another site's page is"
                    + " refused: the local server has no CORS settings");
        }
        byte[] bytes = body.read();
        if (bytes == null) {
            return GatewayAnswer.error(413, "RequestEntityTooLargeError", "Request body is over API Gateway's limit"
                    + " of " + MAX_BODY_BYTES + " bytes");
        }
        if (!wellEncoded(uri.getQuery())) {
            // Jetty has checked the path; a query's encoding is the gateway's to judge, as API Gateway's is.
            return GatewayAnswer.error(400, "BadRequestError", "Malformed percent-encoding in the query string");
        }
        if (docs.serves(path) && (method.equals("GET") || method.equals("HEAD")) && !handler.hasPath(path)) {
            return docs.answer(path, "http://" + host);
        }
        String sourceIp = ((InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress())
                .getAddress().getHostAddress();
        // The route API Gateway would pick, for the event's resource; none when no route answers.
        Optional<ApiRoute.Match> match = handler.match(method, path);
        ProxyEventBuilder event = Events.apiGateway(options.payload(), method, path)
                .stage(eventStage())
                .sourceIp(sourceIp)
                .body(bytes);
        // Each header line as the client wrote it, in its order.
        for (HttpField field : fields) {
            event.header(field.getName(), field.getValue());
        }
        event.header("X-Forwarded-For", sourceIp);
        event.header("X-Forwarded-Port", String.valueOf(localPort));
        event.header("X-Forwarded-Proto", "http");
        match.ifPresent(route -> event.route(route.route().template(), route.pathParameters()));
        if (restApi()) {
            event.binaryMediaTypes(binaryTypes);
        }
        ObjectNode built = event.rawQuery(uri.getQuery()).build();
        String requestId = built.path("requestContext").path("requestId").asText();
        if (match.isPresent()) {
            LocalSecurity.Decision decision = security.check(match.get(), path, options.stage(),
                    fields::get);
            if (!decision.allowed()) {
                return gatewayError(decision.error(), path);
            }
            if (decision.authorizer() != null) {
                LocalSecurity.putInto(built, decision.authorizer(), options.payload() == PayloadVersion.REST_1_0);
            }
        }
        running.acquireUninterruptibly();
        try {
            JsonNode raw = handler.handleEvent(built, InvocationContext.of(requestId, ApiFunction.API_HANDLER,
                    options.log()));
            ProxyResponse answer = ProxyResponse.of(raw);
            if (restApi() && raw.path("isBase64Encoded").asBoolean(false)
                    && !binaryTypes.decodesFor(fields.get(HttpHeader.ACCEPT))) {
                // A REST API decodes a base64 answer only for a request whose first Accept type is binary; any
                // other client gets the base64 text itself, as from the deployed API.
                answer = new ProxyResponse(answer.status(), answer.headers(),
                        raw.path("body").asText().getBytes(StandardCharsets.US_ASCII));
            }
            if (!match.isEmpty() || (answer.status() != 404 && answer.status() != 405)) {
                return answer;
            }
            // A path or method no route has: each gateway's own answer; a function URL has no gateway to answer.
            return restApi() ? missingRoute(answer) : options.api() == ApiKind.HTTP ? httpApiError(404, answer)
                    : answer;
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
     * An HTTP API's own error: its {@code {"message": ...}} body, as an HTTP API has no gateway responses to give
     * it Chalice's shape, with the CORS headers of {@code answer} (the handler's, for the same path).
     */
    private static ProxyResponse httpApiError(int status, ProxyResponse answer) {
        String message = switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> "Internal Server Error";
        };
        ProxyResponse error = GatewayAnswer.json(status, Map.of("message", message));
        Map<String, List<String>> headers = new LinkedHashMap<>(error.headers());
        answer.headers().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                headers.put(name, values);
            }
        });
        return new ProxyResponse(status, headers, error.body());
    }

    /** The stage the events name: a function URL's is always {@code $default}, and its paths have no prefix. */
    private String eventStage() {
        return options.api() == ApiKind.FUNCTION_URL ? "$default" : options.stage();
    }

    /**
     * API Gateway's own answer to a request it stops (an authorizer's 401 or 403, a missing API key), with the CORS
     * headers the path's preflight gives, as the template's gateway responses have them.
     */
    private ProxyResponse gatewayError(GatewayError error, String path) {
        int status = error.status() == 0 ? 500 : error.status();
        ProxyResponse answer = options.api() == ApiKind.HTTP
                ? httpApiError(status, new ProxyResponse(status, Map.of(), new byte[0]))
                : GatewayAnswer.error(status, error.code(), error.message());
        ObjectNode preflight = Events.apiGateway(options.payload(), "OPTIONS", path).stage(eventStage()).build();
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
        ObjectNode preflight = Events.apiGateway(options.payload(), "OPTIONS", path).stage(eventStage()).build();
        JsonNode answer = handler.handleEvent(preflight, InvocationContext.of(
                preflight.path("requestContext").path("requestId").asText(), ApiFunction.API_HANDLER, options.log()));
        String allowed = answer.path("headers").path("Access-Control-Allow-Origin").asText("");
        return answer.path("statusCode").asInt() == 200 && (allowed.equals("*") || allowed.equals(origin.trim()));
    }

    /** Whether every {@code %} of a raw query is followed by two hex digits; a query string decodes only then. */
    private static boolean wellEncoded(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void write(ProxyResponse response, Response http, boolean close) throws IOException {
        http.setStatus(response.status());
        HttpFields.Mutable headers = http.getHeaders();
        response.headers().forEach((name, values) -> {
            if (!SERVER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                // A field of no known header, so that its name goes out as written: Jetty spells the ones it knows
                // its own way (Content-Type for content-type), where API Gateway keeps the function's spelling.
                values.forEach(value -> headers.add(new HttpField(null, name, value)));
            }
        });
        if (close) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        byte[] body = response.body();
        boolean noBody = response.status() == 204 || response.status() == 304;
        if (!noBody) {
            // For HEAD too: Jetty sends the headers only, with the length the body would have.
            headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        try (Blocker.Callback written = Blocker.callback()) {
            http.write(true, noBody ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body), written);
            written.block();
        }
    }

    /**
     * The request's body: read whole, or refused as soon as it is known to be over the limit, from Content-Length
     * before reading or once the bytes read pass it. The 413 then goes out at once, and what is left of the body is
     * read and dropped ({@link #drain}) while the client finds it, then the connection closed.
     */
    private static final class Body {
        private final Request request;
        /** Whether the request has a body at all: in HTTP/1.1 only with Content-Length or Transfer-Encoding. */
        private final boolean present;
        private InputStream in;
        private boolean read;

        Body(Request request) {
            this.request = request;
            this.present = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
            this.read = !present;
            if (read) {
                RequestDeadline.bodyRead(request);
            }
        }

        /** Whether the whole body has been read (or there is none). */
        boolean isRead() {
            return read;
        }

        /** The whole body, or null when it is over {@link #MAX_BODY_BYTES}. */
        byte[] read() throws IOException {
            if (!present) {
                return new byte[0];
            }
            if (request.getLength() > MAX_BODY_BYTES) {
                return null;
            }
            in = Content.Source.asInputStream(request);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + n > MAX_BODY_BYTES) {
                    return null;
                }
                body.write(buffer, 0, n);
            }
            done();
            return body.toByteArray();
        }

        /**
         * Reads and drops what is left of a body the answer refused, up to {@link #DRAIN_BYTES}; a client that
         * stops sending is cut off by the request time. The answer is out already, so a failure here is not told.
         */
        void drain() {
            if (read) {
                return;
            }
            try {
                if (in == null) {
                    in = Content.Source.asInputStream(request);
                }
                byte[] buffer = new byte[64 * 1024];
                long dropped = 0;
                int n;
                while (dropped < DRAIN_BYTES && (n = in.read(buffer)) >= 0) {
                    dropped += n;
                }
                if (dropped < DRAIN_BYTES) {
                    done();
                }
            } catch (IOException e) {
                // Cut off or gone: the connection closes, which is what was to happen after the answer anyway.
            }
        }

        private void done() {
            read = true;
            RequestDeadline.bodyRead(request);
        }
    }
}
