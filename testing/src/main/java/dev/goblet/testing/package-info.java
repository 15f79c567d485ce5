/**
 * Testing Goblet apps without a network: {@link dev.goblet.testing.TestClient} sends requests and invocations through
 * an app's generated handler, and {@link dev.goblet.testing.Events} builds the API Gateway proxy events it (and the
 * local server in {@code dev.goblet.local}) hands to that handler, so both exercise the exact Lambda code path.
 */
package dev.goblet.testing;
