package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.function.GobletFunction;
import dev.goblet.local.chat.ChatApp;
import dev.goblet.local.chat.ChatWebsocketConnectHandler;
import dev.goblet.local.chat.ChatWebsocketDisconnectHandler;
import dev.goblet.local.chat.ChatWebsocketMessageHandler;
import dev.goblet.local.chat.ChatWebsocketMessageQuitHandler;
import dev.goblet.local.chat.ChatWebsocketMessageSayHandler;
import dev.goblet.local.chat.ChatWebsocketMessageWhoamiHandler;
import dev.goblet.websocket.ConnectionGoneException;
import dev.goblet.websocket.aws.ApiGatewayConnections;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat over real WebSockets on 127.0.0.1: JDK {@code java.net.http.WebSocket} clients, the local server's
 * Java-WebSocket endpoint, the app's generated handlers, and the app's {@link ApiGatewayConnections} (AWS SDK)
 * sending back through the local management API over HTTP.
 */
class LocalWebSocketsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private LocalWebSockets sockets;
    private ApiGatewayConnections connections;

    @BeforeEach
    void start() throws Exception {
        sockets = LocalWebSockets.bind("127.0.0.1", 0, 0, "api", new PrintStream(log, true, StandardCharsets.UTF_8));
        connections = ApiGatewayConnections.at(sockets.managementEndpoint());
        ChatApp app = new ChatApp(connections);
        Map<String, GobletFunction> handlers = Map.of(
                "$connect", new ChatWebsocketConnectHandler(app),
                "$disconnect", new ChatWebsocketDisconnectHandler(app),
                "$default", new ChatWebsocketMessageHandler(app),
                "say", new ChatWebsocketMessageSayHandler(app),
                "whoami", new ChatWebsocketMessageWhoamiHandler(app),
                "quit", new ChatWebsocketMessageQuitHandler(app));
        sockets.start(handlers, "$request.body.action");
    }

    @AfterEach
    void stop() {
        connections.close();
        sockets.close();
    }

    @Test
    void twoClientsChatThroughTheLocalServer() throws Exception {
        Client ana = connect("ana");
        Client bo = connect("bo");

        ana.send("{\"action\": \"say\", \"text\": \"hello bo\"}");
        assertThat(ana.next()).isEqualTo("ana: hello bo");
        assertThat(bo.next()).isEqualTo("ana: hello bo");

        bo.send("{\"action\": \"say\", \"text\": \"hi ana\"}");
        assertThat(ana.next()).isEqualTo("bo: hi ana");
        assertThat(bo.next()).isEqualTo("bo: hi ana");

        bo.send("no action here");
        assertThat(bo.next()).isEqualTo("echo no action here");

        bo.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        assertThat(ana.next()).as("the disconnect handler ran").isEqualTo("bo left");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WS $connect -> websocket_connect 200",
                "WS say -> websocket_message_say 200", "WS $default -> websocket_message 200",
                "WS $disconnect -> websocket_disconnect 200");
    }

    @Test
    void theManagementApiReadsAndClosesAConnectionAndAGoneOneIsTyped() throws Exception {
        Client ana = connect("ana");

        ana.send("{\"action\": \"whoami\"}");
        assertThat(ana.next()).isEqualTo("ana from 127.0.0.1 since true");

        String id = sockets.connectionIds().iterator().next();
        ana.send("{\"action\": \"quit\"}");
        assertThat(ana.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        awaitGone(id);
        assertThatThrownBy(() -> connections.send(id, "anyone?")).isInstanceOf(ConnectionGoneException.class)
                .hasMessageContaining(id);
        assertThatThrownBy(() -> connections.info(id)).isInstanceOf(ConnectionGoneException.class);
        assertThatThrownBy(() -> connections.close("never-was=")).isInstanceOf(ConnectionGoneException.class);
    }

    @Test
    void aConnectionTheConnectHandlerRefusesFailsItsHandshake() {
        CompletableFuture<WebSocket> refused = http.newWebSocketBuilder().buildAsync(sockets.uri(),
                new Client(new LinkedBlockingQueue<>()).listener());

        assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(sockets.connectionIds()).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WS $connect -> websocket_connect 401");
    }

    @Test
    void aMessageThatDoesNotBindGetsApiGatewaysErrorNotATrace() throws Exception {
        Client ana = connect("ana");

        ana.send("{\"action\": \"say\", \"words\": 3}");
        ana.send("{\"action\": \"say\", \"text\": \"still here\"}");

        assertThat(ana.next()).as("a 400 reaches no handler and sends nothing").isEqualTo("ana: still here");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WS say -> websocket_message_say 400");
    }

    @Test
    void aMessageOver128KbClosesTheConnectionAsApiGatewayDoes() throws Exception {
        Client ana = connect("ana");
        String id = sockets.connectionIds().iterator().next();

        ana.send("x".repeat(LocalWebSockets.MAX_MESSAGE_BYTES + 1));

        assertThat(ana.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1009);
        awaitGone(id);
        assertThatThrownBy(() -> connections.send(id, "x")).isInstanceOf(ConnectionGoneException.class);
    }

    @Test
    void theAppCannotSendOver128Kb() throws Exception {
        Client ana = connect("ana");
        String id = sockets.connectionIds().iterator().next();

        assertThatThrownBy(() -> connections.send(id, "y".repeat(LocalWebSockets.MAX_MESSAGE_BYTES + 1)))
                .hasMessageContaining("413");
        connections.send(id, "fits");
        assertThat(ana.next()).isEqualTo("fits");
    }

    private void awaitGone(String id) throws InterruptedException {
        for (int i = 0; i < 100 && sockets.connectionIds().contains(id); i++) {
            Thread.sleep(20);
        }
    }

    private Client connect(String nick) throws Exception {
        Client client = new Client(new LinkedBlockingQueue<>());
        client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(sockets.uri() + "?nick=" + nick), client.listener()).get(5, TimeUnit.SECONDS);
        return client;
    }

    /** A JDK WebSocket client that queues the text messages it receives. */
    private static final class Client {
        final BlockingQueue<String> messages;
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket;

        Client(BlockingQueue<String> messages) {
            this.messages = messages;
        }

        void send(String text) throws Exception {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        }

        String next() throws InterruptedException {
            String message = messages.poll(5, TimeUnit.SECONDS);
            assertThat(message).as("a message within 5 s").isNotNull();
            return message;
        }

        WebSocket.Listener listener() {
            return new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        messages.add(partial.toString());
                        partial.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                    closed.complete(statusCode);
                    return null;
                }
            };
        }
    }
}
