package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.GobletFunction;
import dev.goblet.testing.Events;
import dev.goblet.testing.InvocationContext;
import dev.goblet.testing.RouteSelection;
import dev.goblet.testing.WebSocketEventBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * An app's WebSocket API on this machine, as API Gateway serves it: clients connect to {@link #uri()}, each
 * connect, message and disconnect runs the app's generated handler with the event API Gateway would send
 * ({@code requestContext.routeKey}, {@code eventType}, {@code connectionId}, {@code domainName}, {@code stage} ...),
 * messages routed by the route selection expression; and API Gateway's management API at
 * {@link #managementEndpoint()} ({@code POST/DELETE/GET <stage>/@connections/{id}}), through which the app's
 * {@code Connections} reach the connected clients. The WebSocket side is Java-WebSocket's server; the management
 * side the same Jetty server as the local HTTP API's ({@link JettyServer}), its errors in the same JSON.
 *
 * <p>Binding and serving are two steps, so that a test can give the app the management endpoint before it builds
 * the handlers: {@code LocalWebSockets sockets = LocalWebSockets.bind(...); ... sockets.start(handlers)}.
 */
public final class LocalWebSockets implements AutoCloseable {
    private static final Pattern CONNECTION = Pattern.compile("(?:/[^/]+)?/@connections/([^/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** API Gateway's largest WebSocket message, either way: 128 KB. */
    static final int MAX_MESSAGE_BYTES = 128 * 1024;

    private final String host;
    private final int port;
    private final String stage;
    private final PrintStream log;
    /** Set by {@link #bind}, which starts it. */
    private Server management;
    private InetSocketAddress managementAddress;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<String, GobletFunction> routes = new LinkedHashMap<>();
    private RouteSelection selection = RouteSelection.of("$request.body.action");
    private Sockets sockets;

    private LocalWebSockets(String host, int port, String stage, PrintStream log) {
        this.host = host;
        this.port = port;
        this.stage = stage;
        this.log = log;
    }

    /**
     * Takes the management API's port now ({@code managementPort}, 0 for a free one), so that its endpoint is
     * known; the WebSocket port ({@code port}, 0 for a free one) is taken by {@link #start}.
     */
    public static LocalWebSockets bind(String host, int port, int managementPort, String stage, PrintStream log)
            throws IOException {
        LocalWebSockets sockets = new LocalWebSockets(host, port, stage, log);
        InetAddress address = InetAddress.getByName(host);
        // The management API answers from here on; until start() the app has no connection, so each id is 410.
        sockets.management = JettyServer.start(address, managementPort, bound -> sockets.new ManagementApi(),
                "goblet-ws-management", LocalServer.requestTime(), log);
        sockets.managementAddress = new InetSocketAddress(address, JettyServer.port(sockets.management));
        return sockets;
    }

    /** The management API's endpoint for {@code ApiGatewayConnections.at(...)}: {@code http://host:port/<stage>}. */
    public URI managementEndpoint() {
        return URI.create("http://" + literal(managementAddress) + "/" + stage);
    }

    /**
     * Serves the handlers: {@code routeKey -> function}, {@code $connect}, {@code $disconnect}, {@code $default} and
     * the message routes of the app; messages are routed by {@code routeSelection}. Returns once the WebSocket port
     * listens.
     */
    public LocalWebSockets start(Map<String, GobletFunction> handlers, String routeSelection) throws IOException {
        routes.putAll(handlers);
        selection = RouteSelection.of(routeSelection);
        sockets = new Sockets(new InetSocketAddress(InetAddress.getByName(host), port));
        sockets.setReuseAddr(true);
        sockets.setDaemon(true);
        sockets.start();
        try {
            if (!sockets.started.await(10, TimeUnit.SECONDS) || sockets.failure != null) {
                JettyServer.stop(management, Duration.ZERO);
                throw new IOException("The WebSocket port " + host + ":" + port + " could not be opened"
                        + (sockets.failure == null ? "" : ": " + sockets.failure.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while opening the WebSocket port", e);
        }
        return this;
    }

    /** Where clients connect: {@code ws://127.0.0.1:8001/}. */
    public URI uri() {
        return URI.create("ws://" + literal(new InetSocketAddress(sockets.getAddress().getAddress(), sockets.getPort()))
                + "/");
    }

    /** The ids of the connections open now. */
    public java.util.Set<String> connectionIds() {
        return java.util.Set.copyOf(connections.keySet());
    }

    @Override
    public void close() {
        JettyServer.stop(management, Duration.ZERO);
        if (sockets != null) {
            try {
                sockets.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An open connection: its socket and what {@code GET @connections/{id}} tells of it. */
    private record Connection(WebSocket socket, Instant connectedAt, String sourceIp, String userAgent,
            Instant[] lastActiveAt) {}

    /**
     * The management API: send, close, read a connection; a closed or unknown one is 410 GoneException. A blocking
     * Jetty handler: a message is read whole before it is sent on.
     */
    private final class ManagementApi extends Handler.Abstract {
        ManagementApi() {
            super(InvocationType.BLOCKING);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                LocalWebSockets.this.manage(request, response);
                callback.succeeded();
            } catch (IOException | RuntimeException e) {
                log.println("WS management request failed: " + e);
                callback.failed(e);
            }
            return true;
        }
    }

    private void manage(Request request, Response response) throws IOException {
        Matcher path = CONNECTION.matcher(request.getHttpURI().getPath());
        if (!path.matches()) {
            answer(response, 404, "NotFoundException", "No such path: use <stage>/@connections/{id}");
            return;
        }
        String id = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        Connection connection = connections.get(id);
        if (connection == null || !connection.socket().isOpen()) {
            answer(response, 410, "GoneException", null);
            return;
        }
        switch (request.getMethod()) {
            case "POST" -> {
                byte[] data = Content.Source.asInputStream(request).readNBytes(MAX_MESSAGE_BYTES + 1);
                if (data.length > MAX_MESSAGE_BYTES) {
                    answer(response, 413, "PayloadTooLargeException", "A message is at most 128 KB");
                    return;
                }
                connection.socket().send(new String(data, StandardCharsets.UTF_8));
                log.println("WS send " + id + " (" + data.length + " bytes)");
                send(response, 200, null);
            }
            case "DELETE" -> {
                connection.socket().close(CloseFrame.NORMAL, "Closed by the app");
                send(response, 204, null);
            }
            case "GET" -> {
                ObjectNode info = GatewayAnswer.JSON.createObjectNode();
                info.put("connectedAt", connection.connectedAt().toString());
                info.putObject("identity").put("sourceIp", connection.sourceIp())
                        .put("userAgent", connection.userAgent());
                info.put("lastActiveAt", connection.lastActiveAt()[0].toString());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                send(response, 200, GatewayAnswer.JSON.writeValueAsBytes(info));
            }
            default -> answer(response, 405, "MethodNotAllowedException", "Use POST, DELETE or GET");
        }
    }

    /** An error as API Gateway's management API gives it: its type in a header, a lowercase {@code message}. */
    private static void answer(Response response, int status, String type, String message) throws IOException {
        byte[] body = GatewayAnswer.JSON.writeValueAsBytes(GatewayAnswer.JSON.createObjectNode()
                .put("message", message));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("x-amzn-ErrorType", type);
        send(response, status, body);
    }

    private static void send(Response response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        if (body != null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(true, body == null ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body), written);
            written.block();
        }
    }

    /** Runs the handler of {@code routeKey} with {@code event}; null when the app has none. */
    private JsonNode runHandler(String routeKey, WebSocketEventBuilder event) {
        GobletFunction function = routes.get(routeKey);
        if (function == null) {
            return null;
        }
        JsonNode answer = function.handleEvent(event.domainName(domainName()).stage(stage).build(),
                InvocationContext.of(UUID.randomUUID().toString(), function.functionName(), log));
        log.println("WS " + routeKey + " -> " + function.functionName() + " " + answer.path("statusCode").asInt());
        return answer;
    }

    private String domainName() {
        return literal(new InetSocketAddress(sockets.getAddress().getAddress(), sockets.getPort()));
    }

    private static String newConnectionId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        // As API Gateway's: base64 ending in '='.
        return Base64.getEncoder().encodeToString(bytes).replace('+', 'A').replace('/', 'B');
    }

    private static String literal(InetSocketAddress address) {
        String text = address.getAddress().getHostAddress();
        return (text.contains(":") ? "[" + text + "]" : text) + ":" + address.getPort();
    }

    /** The WebSocket side: Java-WebSocket's server, each event handed to the app's handler. */
    private final class Sockets extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception failure;

        Sockets(InetSocketAddress address) {
            super(address, 4);
        }

        /**
         * Runs the connect handler before the handshake is answered: a refusal fails the handshake, as API
         * Gateway's does. (Java-WebSocket answers a refused handshake with 404, whatever the handler's status, which
         * the log line shows.)
         */
        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket socket, Draft draft,
                ClientHandshake request) throws InvalidDataException {
            ServerHandshakeBuilder builder = super.onWebsocketHandshakeReceivedAsServer(socket, draft, request);
            String id = newConnectionId();
            WebSocketEventBuilder event = Events.webSocketConnect(id);
            for (Iterator<String> names = request.iterateHttpFields(); names.hasNext(); ) {
                String name = names.next();
                event.header(name, request.getFieldValue(name));
            }
            query(request.getResourceDescriptor()).forEach(event::query);
            String sourceIp = socket.getRemoteSocketAddress().getAddress().getHostAddress();
            event.sourceIp(sourceIp);
            JsonNode answer = runHandler("$connect", event);
            int status = answer == null ? 200 : answer.path("statusCode").asInt(500);
            if (status < 200 || status > 299) {
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "Refused by the connect handler ("
                        + status + ")");
            }
            String userAgent = request.hasFieldValue("User-Agent") ? request.getFieldValue("User-Agent") : null;
            socket.setAttachment(id);
            connections.put(id, new Connection(socket, Instant.now(), sourceIp, userAgent,
                    new Instant[] {Instant.now()}));
            return builder;
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            log.println("WS connected " + socket.getAttachment());
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            String id = socket.getAttachment();
            Connection connection = connections.get(id);
            if (connection == null) {
                return;
            }
            connection.lastActiveAt()[0] = Instant.now();
            if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
                // As API Gateway: a message over 128 KB closes the connection, 1009 Message Too Big.
                socket.close(CloseFrame.TOOBIG, "Message too big");
                return;
            }
            String routeKey = selection.routeKey(message, routes.keySet());
            JsonNode answer = runHandler(routeKey, Events.webSocketMessage(id, routeKey, message));
            if (answer == null) {
                // What API Gateway answers a message that no route takes.
                socket.send("{\"message\": \"Forbidden\", \"connectionId\":\"" + id + "\", \"requestId\":\""
                        + UUID.randomUUID() + "\"}");
            } else if (answer.path("statusCode").asInt(500) >= 500) {
                socket.send("{\"message\": \"Internal server error\", \"connectionId\":\"" + id
                        + "\", \"requestId\":\"" + UUID.randomUUID() + "\"}");
            }
        }

        @Override
        public void onMessage(WebSocket socket, java.nio.ByteBuffer message) {
            byte[] bytes = new byte[message.remaining()];
            message.get(bytes);
            onMessage(socket, new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            String id = socket.getAttachment();
            if (id != null && connections.remove(id) != null) {
                runHandler("$disconnect",
                        Events.webSocketDisconnect(id).disconnect(code, reason == null ? "" : reason));
            }
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            if (socket == null) {
                failure = error;
                started.countDown();
            } else {
                log.println("WS connection error: " + error);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    /** The handshake's query parameters, decoded; the last of a repeated name wins, as in API Gateway's map. */
    static Map<String, String> query(String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        int mark = resource == null ? -1 : resource.indexOf('?');
        if (mark < 0) {
            return query;
        }
        for (String pair : resource.substring(mark + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    /** For tools: the stage the events name. */
    public String stage() {
        return Objects.requireNonNull(stage);
    }
}
