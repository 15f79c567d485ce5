package dev.goblet.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for a message a client sends on a connection, as a Lambda function of its own: Chalice's
 * {@code @app.on_ws_message()}. API Gateway picks the handler by evaluating the API's {@link #routeSelection()}
 * against the message (by default its JSON body's {@code action} field) and matching the result to a handler's
 * {@link #route()}; a message that matches none goes to the {@code $default} handler, which is the only one
 * Chalice has. The {@code $default} handler is the function {@code websocket_message}; the handler of route
 * {@code join} is {@code websocket_message_join}.
 *
 * <p>The method may take the {@link WebSocketEvent}, the message as a {@code String}, or its JSON bound to a record
 * as a route's body is (a message that does not bind is answered with a 400 and never reaches the method), and the
 * Lambda {@code Context}. To answer, send to the connection with a {@link Connections}.
 *
 * <pre>{@code
 * @OnWsMessage(route = "say")
 * public void say(Say message, WebSocketEvent event) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnWsMessage {
    /** The route key this handler serves: {@code $default}, or a word of letters, digits, {@code _} and {@code -}. */
    String route() default "$default";

    /**
     * The API's route selection expression, {@code $request.body.<field>}; every message handler of the app that
     * gives one gives the same.
     */
    String routeSelection() default "$request.body.action";
}
