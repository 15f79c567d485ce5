/**
 * The local development server: serves an app over real HTTP on this machine, turning each request into the
 * API Gateway proxy event Lambda would receive and running it through the app's generated handler, with the app's
 * OpenAPI document and an interactive docs page beside it. What {@code chalice local} is to Chalice users.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver}, so it adds nothing to the jar every Lambda ships.
 */
package dev.goblet.local;
