/** A chat room of WebSocket handlers only, built by the processor, that {@code TestWebSocketTest} drives. */
package dev.goblet.rooms;
