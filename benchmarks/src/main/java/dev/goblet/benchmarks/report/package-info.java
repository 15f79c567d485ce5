/** The one table every driver adds its rows to: medians with their spread, and ratios to a reference. */
package dev.goblet.benchmarks.report;
