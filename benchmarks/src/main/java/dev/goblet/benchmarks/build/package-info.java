/**
 * Build-time cost: the generator of apps with any number of routes, and the driver that compiles them in-process
 * with and without Goblet's processor to find the processor's share of javac's time.
 */
package dev.goblet.benchmarks.build;
