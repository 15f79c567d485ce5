package dev.goblet.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method when a client opens a connection to the app's WebSocket API (its {@code $connect} route), as a
 * Lambda function of its own named {@code websocket_connect}: Chalice's {@code @app.on_ws_connect()}. An app has at
 * most one.
 *
 * <p>The method may take the {@link WebSocketEvent} (the connection id, the handshake's headers and query) and the
 * Lambda {@code Context}. Returning accepts the connection; throwing a {@link dev.goblet.HttpError} (such as
 * {@code new ForbiddenError("...")}) refuses it with that status; any other exception refuses it with a 500.
 *
 * <pre>{@code
 * @OnWsConnect
 * public void connect(WebSocketEvent event) {
 *     if (event.query().get("token") == null) throw new UnauthorizedError("A token is needed");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnWsConnect {}
