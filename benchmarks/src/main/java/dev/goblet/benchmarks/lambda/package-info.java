/**
 * Cold start, warm dispatch and memory: a launcher that plays Lambda's part in a fresh JVM, and the driver that
 * starts it over and over for each handler's deployable zip and sums up what it reports.
 */
package dev.goblet.benchmarks.lambda;
