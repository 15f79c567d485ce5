package dev.goblet.processor.websocket;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.CompileErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each misuse of a WebSocket handler's annotation is one compile error, on its line, saying how to fix it. */
class WebSocketValidationTest {
    @Test
    void anAppHasOneConnectHandler() {
        assertSingleError("TwoConnectHandlers", "[GobletDuplicateWebSocketHandler] An app has one @OnWsConnect"
                + " handler, and connect() is it already, so alsoConnect() cannot be another", "a second one");
    }

    @Test
    void aRouteKeyHasOneHandler() {
        assertSingleError("RepeatedRoute", "[GobletDuplicateWebSocketRoute] The WebSocket route 'join' of enter() is"
                + " already join()'s: a message goes to one handler. Give one of them another route", "// again");
    }

    @Test
    void theApiHasOneRouteSelectionExpression() {
        assertSingleError("SelectionDiffers", "[GobletRouteSelectionDiffers] leave() selects routes by"
                + " '$request.body.action' but join() by '$request.body.type'", "route = \"leave\"");
    }

    @Test
    void connectTakesNoBody() {
        assertSingleError("ConnectTakesBody", "[GobletEventParameterType] Parameter 'greeting' of type String cannot"
                + " receive a @OnWsConnect event. Declare WebSocketEvent (the connection id, the handshake's headers"
                + " and query), and the Lambda Context if needed.", "String greeting");
    }

    @Test
    void messageRoutesAreNotTheReservedOnes() {
        assertSingleError("BadRoute", "[GobletBadWebSocketRoute] '$connect' is not a message route Goblet deploys",
                "route = \"$connect\"");
    }

    @Test
    void routeSelectionIsOnTheBody() {
        assertSingleError("BadSelection", "[GobletBadRouteSelection] 'action' is not a route selection expression",
                "routeSelection = \"action\"");
    }

    @Test
    void aMessageBindsToAConcreteType() {
        assertSingleError("MessageBodyNotBindable", "[GobletEventParameterType] Parameter 'shape' of type"
                + " MessageBodyNotBindable.Shape"
                + " cannot receive a @OnWsMessage event. Declare WebSocketEvent, String (the message) or a type its"
                + " JSON message binds to", "Shape shape");
    }

    @Test
    void aMessageHandlerAnswersBySending() {
        assertSingleError("MessageReturnsValue", "[GobletEventReturnsValue] message() returns String, but nothing"
                + " receives what a @OnWsMessage method returns", "public String message");
    }

    @Test
    void aHandlerBelongsToAnApp() {
        assertSingleError("HandlerOutsideApp", "[GobletRouteOutsideApp] gone() has @OnWsDisconnect but its class"
                + " test.HandlerOutsideApp has no @App.", "public void gone()");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(JavaFileObjects.forResource("websocket/bad/" + name + ".java"), message, line);
    }
}
