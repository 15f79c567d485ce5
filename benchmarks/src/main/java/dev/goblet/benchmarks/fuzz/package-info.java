/** The long fuzz run of the users service's generated handler, whose figures docs/security.md quotes. */
package dev.goblet.benchmarks.fuzz;
