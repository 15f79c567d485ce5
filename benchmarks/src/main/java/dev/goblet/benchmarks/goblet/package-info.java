/**
 * The users service written on Goblet: the measured app of the cold start, warm and memory figures, and the
 * five-route app of the route matching benchmarks. Its Lambda entry point, {@code WebApiHandler}, is generated.
 */
package dev.goblet.benchmarks.goblet;
