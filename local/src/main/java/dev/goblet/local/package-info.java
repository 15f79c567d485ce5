/**
 * The local development server: serves an app over real HTTP on this machine, turning each request into the
 * API Gateway proxy event Lambda would receive and running it through the app's generated handler, with the app's
 * OpenAPI document and an interactive docs page beside it. What {@code chalice local} is to Chalice users.
 *
 * <p>Built on Jetty's core HTTP server ({@code JettyServer} says how it is set up) and, for the
 * WebSocket endpoint, Java-WebSocket: goblet-local is a development artifact and never ships in a Lambda.
 */
package dev.goblet.local;
