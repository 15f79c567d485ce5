package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.function.GobletFunction;
import dev.goblet.websocket.ConnectionGoneException;
import dev.goblet.websocket.ConnectionInfo;
import dev.goblet.websocket.Connections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A WebSocket API in memory, for tests without a network: clients connect, send and close, each step running the
 * app's generated handler with the event API Gateway would send ({@link Events#webSocketConnect} ...), messages
 * routed by the route selection expression; and the {@link Connections} the app sends with, which delivers to the
 * clients, so that a test reads what each received.
 *
 * <pre>{@code
 * TestWebSocket sockets = new TestWebSocket();
 * ChatApp app = new ChatApp(sockets);
 * sockets.onConnect(new ChatWebsocketConnectHandler(app))
 *         .onMessage("$default", new ChatWebsocketMessageHandler(app))
 *         .onDisconnect(new ChatWebsocketDisconnectHandler(app));
 * TestWebSocket.Client ana = sockets.connect(handshake -> handshake.query("name", "ana"));
 * ana.send("hello");
 * assertThat(ana.received()).contains("ana: hello");
 * }</pre>
 */
public final class TestWebSocket implements Connections {
    private final Map<String, GobletFunction> routes = new LinkedHashMap<>();
    private final Map<String, Client> open = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private RouteSelection selection = RouteSelection.of("$request.body.action");

    /** The function of the {@code @OnWsConnect} handler. */
    public TestWebSocket onConnect(GobletFunction function) {
        routes.put("$connect", Objects.requireNonNull(function));
        return this;
    }

    /** The function of the {@code @OnWsMessage} handler of {@code routeKey} ({@code $default} or its own). */
    public TestWebSocket onMessage(String routeKey, GobletFunction function) {
        routes.put(routeKey, Objects.requireNonNull(function));
        return this;
    }

    /** The function of the {@code @OnWsDisconnect} handler. */
    public TestWebSocket onDisconnect(GobletFunction function) {
        routes.put("$disconnect", Objects.requireNonNull(function));
        return this;
    }

    /** The API's route selection expression, when the app gives its own. */
    public TestWebSocket routeSelection(String expression) {
        selection = RouteSelection.of(expression);
        return this;
    }

    /** A client that opens a connection with a plain handshake. */
    public Client connect() {
        return connect(UnaryOperator.identity());
    }

    /**
     * A client that opens a connection, its handshake (headers, query) set by {@code handshake}. The connect
     * handler runs; when it refuses, the client is not connected and {@link Client#status()} says why.
     */
    public Client connect(UnaryOperator<WebSocketEventBuilder> handshake) {
        String id = "conn" + ids.incrementAndGet() + "=";
        Client client = new Client(id);
        GobletFunction connect = routes.get("$connect");
        if (connect != null) {
            client.answer = invoke(connect, handshake.apply(Events.webSocketConnect(id)).build());
        }
        if (client.accepted()) {
            open.put(id, client);
        }
        return client;
    }

    /** The clients connected now. */
    public List<Client> clients() {
        return List.copyOf(open.values());
    }

    @Override
    public void send(String connectionId, String message) {
        Client client = open.get(connectionId);
        if (client == null) {
            throw new ConnectionGoneException(connectionId);
        }
        client.received.add(message);
    }

    @Override
    public void close(String connectionId) {
        Client client = open.get(connectionId);
        if (client == null) {
            throw new ConnectionGoneException(connectionId);
        }
        client.disconnect(1000, "closed by the app");
    }

    @Override
    public ConnectionInfo info(String connectionId) {
        Client client = open.get(connectionId);
        if (client == null) {
            throw new ConnectionGoneException(connectionId);
        }
        return new ConnectionInfo(connectionId, client.connectedAt, client.lastActiveAt, "127.0.0.1", null);
    }

    private static JsonNode invoke(GobletFunction function, JsonNode event) {
        return function.handleEvent(event, InvocationContext.of(UUID.randomUUID().toString(),
                function.functionName()));
    }

    /** One client's connection. */
    public final class Client {
        private final String connectionId;
        private final List<String> received = Collections.synchronizedList(new ArrayList<>());
        private final Instant connectedAt = Instant.now();
        private volatile Instant lastActiveAt = connectedAt;
        private JsonNode answer = TestJson.MAPPER.createObjectNode().put("statusCode", 200);

        private Client(String connectionId) {
            this.connectionId = connectionId;
        }

        public String connectionId() {
            return connectionId;
        }

        /** The connect handler's status: 200 when it accepted the connection. */
        public int status() {
            return answer.path("statusCode").asInt();
        }

        /** The connect handler's answer, with its {@code {"Code","Message"}} body when it refused. */
        public JsonNode connectAnswer() {
            return answer;
        }

        /** Whether the connect handler accepted the connection. */
        public boolean accepted() {
            return status() >= 200 && status() < 300;
        }

        /** Whether the connection is open. */
        public boolean connected() {
            return open.get(connectionId) == this;
        }

        /**
         * Sends a message, as one text frame: the handler its route selects runs, and its answer comes back. With
         * no handler for the route, nothing runs and the answer is API Gateway's {@code Forbidden} message.
         */
        public JsonNode send(String message) {
            if (!connected()) {
                throw new IllegalStateException("Connection " + connectionId + " is not open");
            }
            lastActiveAt = Instant.now();
            String routeKey = selection.routeKey(message, routes.keySet());
            GobletFunction function = routes.get(routeKey);
            if (function == null) {
                return TestJson.MAPPER.createObjectNode().put("message", "Forbidden")
                        .put("connectionId", connectionId);
            }
            return invoke(function, Events.webSocketMessage(connectionId, routeKey, message).build());
        }

        /** What the app sent to this client, in order. */
        public List<String> received() {
            return List.copyOf(received);
        }

        /** Closes the connection from the client's side; the disconnect handler runs. */
        public void close() {
            disconnect(1000, "");
        }

        private void disconnect(int status, String reason) {
            if (open.remove(connectionId, this)) {
                GobletFunction disconnect = routes.get("$disconnect");
                if (disconnect != null) {
                    invoke(disconnect, Events.webSocketDisconnect(connectionId).disconnect(status, reason).build());
                }
            }
        }
    }
}
