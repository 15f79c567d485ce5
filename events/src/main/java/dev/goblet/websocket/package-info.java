/**
 * WebSocket handlers: {@link dev.goblet.websocket.OnWsConnect}, {@link dev.goblet.websocket.OnWsMessage} and
 * {@link dev.goblet.websocket.OnWsDisconnect} make methods of an {@code @App} the functions of an API Gateway
 * WebSocket API; {@link dev.goblet.websocket.WebSocketEvent} is what they receive and
 * {@link dev.goblet.websocket.Connections} what they send with. A package of its own, beside
 * {@code dev.goblet.event}, since a WebSocket API is a second kind of API rather than one more event source; it
 * ships in the same jar, since its handlers run on the same runtime as event functions.
 */
package dev.goblet.websocket;
