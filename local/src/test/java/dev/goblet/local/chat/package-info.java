/** A chat of WebSocket handlers only, built by the processor, that the local server's WebSocket tests talk to. */
package dev.goblet.local.chat;
