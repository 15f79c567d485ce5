/**
 * Goblet's benchmarks: the measured apps, the hand-written baseline, and the drivers that measure them. Nothing
 * here runs in the build's tests; {@code benchmarks/run.sh} runs the measurements and prints the table.
 */
package dev.goblet.benchmarks;
