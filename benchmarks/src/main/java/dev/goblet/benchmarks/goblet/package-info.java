/**
 * The users service's generated Goblet handler, {@code WebApiHandler}, served from an in-memory store for the
 * cold start, warm and memory figures. On DynamoDB the measured artifact is the service's own Lambda zip.
 */
package dev.goblet.benchmarks.goblet;
