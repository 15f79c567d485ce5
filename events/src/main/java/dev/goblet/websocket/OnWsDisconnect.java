package dev.goblet.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method when a connection to the app's WebSocket API has closed, by either side (its {@code $disconnect}
 * route), as a Lambda function of its own named {@code websocket_disconnect}: Chalice's
 * {@code @app.on_ws_disconnect()}. An app has at most one. The connection is gone already: nothing can be sent to
 * it. The method may take the {@link WebSocketEvent} and the Lambda {@code Context}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnWsDisconnect {}
