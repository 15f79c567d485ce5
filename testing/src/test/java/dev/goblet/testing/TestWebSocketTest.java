package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.rooms.RoomApp;
import dev.goblet.rooms.RoomWebsocketConnectHandler;
import dev.goblet.rooms.RoomWebsocketDisconnectHandler;
import dev.goblet.rooms.RoomWebsocketMessageCrashHandler;
import dev.goblet.rooms.RoomWebsocketMessageHandler;
import dev.goblet.rooms.RoomWebsocketMessageLeaveHandler;
import dev.goblet.rooms.RoomWebsocketMessageSayHandler;
import dev.goblet.websocket.ConnectionGoneException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated WebSocket handlers of {@link RoomApp}, driven without a network: connect (refused without a name),
 * messages routed by {@code $request.body.action}, what each client received, disconnects by either side.
 */
class TestWebSocketTest {
    private final TestWebSocket room = new TestWebSocket();

    @BeforeEach
    void handlers() {
        RoomApp app = new RoomApp(room);
        room.onConnect(new RoomWebsocketConnectHandler(app))
                .onMessage("$default", new RoomWebsocketMessageHandler(app))
                .onMessage("say", new RoomWebsocketMessageSayHandler(app))
                .onMessage("leave", new RoomWebsocketMessageLeaveHandler(app))
                .onMessage("crash", new RoomWebsocketMessageCrashHandler(app))
                .onDisconnect(new RoomWebsocketDisconnectHandler(app));
    }

    @Test
    void whatOneSaysAllHear() {
        TestWebSocket.Client ana = room.connect(handshake -> handshake.query("name", "ana"));
        TestWebSocket.Client bo = room.connect(handshake -> handshake.query("name", "bo"));

        JsonNode answer = ana.send("{\"action\": \"say\", \"text\": \"hello\"}");

        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        assertThat(ana.received()).containsExactly("ana: hello");
        assertThat(bo.received()).containsExactly("ana: hello");
    }

    @Test
    void connectRefusesWithTheErrorsStatusAndBody() {
        TestWebSocket.Client nobody = room.connect();

        assertThat(nobody.accepted()).isFalse();
        assertThat(nobody.status()).isEqualTo(403);
        assertThat(nobody.connectAnswer().path("body").asText())
                .isEqualTo("{\"Code\":\"ForbiddenError\",\"Message\":\"Give your name: ?name=...\"}");
        assertThat(room.clients()).isEmpty();
        assertThatThrownBy(() -> nobody.send("hi")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMessageOfNoRouteGoesToDefault() {
        TestWebSocket.Client ana = room.connect(handshake -> handshake.query("name", "ana"));

        ana.send("plain words");
        ana.send("{\"action\": \"dance\"}");

        assertThat(ana.received()).containsExactly("Say {\"action\": \"say\", \"text\": ...}, not plain words",
                "Say {\"action\": \"say\", \"text\": ...}, not {\"action\": \"dance\"}");
    }

    @Test
    void aMessageThatDoesNotBindIsA400AndReachesNoHandler() throws Exception {
        TestWebSocket.Client ana = room.connect(handshake -> handshake.query("name", "ana"));

        JsonNode answer = ana.send("{\"action\": \"say\", \"text\": \"hi\", \"loud\": true}");

        assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
        assertThat(TestJson.MAPPER.readTree(answer.path("body").asText()).path("Code").asText())
                .isEqualTo("BadRequestError");
        assertThat(answer.path("body").asText()).contains("loud").doesNotContain("dev.goblet", "Exception");
        assertThat(ana.received()).isEmpty();
    }

    @Test
    void aBugIsA500ThatSaysNothingOfIt() {
        TestWebSocket.Client ana = room.connect(handshake -> handshake.query("name", "ana"));

        JsonNode answer = ana.send("{\"action\": \"crash\"}");

        assertThat(answer.path("statusCode").asInt()).isEqualTo(500);
        assertThat(answer.path("body").asText()).isEqualTo(
                "{\"Code\":\"InternalServerError\",\"Message\":\"An internal server error occurred.\"}");
        assertThat(answer.toString()).doesNotContain("db-7", "IllegalState");
    }

    @Test
    void anEventThatIsNoWebSocketEventIsA400NotAnException() {
        JsonNode answer = new RoomWebsocketMessageHandler(new RoomApp(room)).handleEvent(Events.sns("hi").build(),
                InvocationContext.of("1", "websocket_message"));

        assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
        assertThat(answer.path("body").asText()).contains("BadRequestError").doesNotContain("Exception");
    }

    @Test
    void closingByTheAppRunsDisconnectAndTheOthersHearIt() {
        TestWebSocket.Client ana = room.connect(handshake -> handshake.query("name", "ana"));
        TestWebSocket.Client bo = room.connect(handshake -> handshake.query("name", "bo"));

        ana.send("{\"action\": \"leave\"}");

        assertThat(ana.connected()).isFalse();
        assertThat(bo.received()).containsExactly("ana left");
        assertThatThrownBy(() -> room.send(ana.connectionId(), "still there?"))
                .isInstanceOf(ConnectionGoneException.class);
        bo.close();
        assertThat(room.clients()).isEmpty();
    }

    @Test
    void routeSelectionPicksKnownKeysOnly() {
        RouteSelection selection = RouteSelection.of("$request.body.meta.kind");
        Set<String> keys = Set.of("$default", "join", "$connect");

        assertThat(selection.routeKey("{\"meta\": {\"kind\": \"join\"}}", keys)).isEqualTo("join");
        assertThat(selection.routeKey("{\"meta\": {\"kind\": \"$connect\"}}", keys)).isEqualTo("$default");
        assertThat(selection.routeKey("{\"meta\": \"join\"}", keys)).isEqualTo("$default");
        assertThat(selection.routeKey("not json", keys)).isEqualTo("$default");
        assertThatThrownBy(() -> RouteSelection.of("$request.header.kind"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
