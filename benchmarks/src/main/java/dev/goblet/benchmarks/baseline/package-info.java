/**
 * The floor Goblet is measured against: the users API as a plain {@code RequestStreamHandler} with a hand-written
 * {@code switch}, the same Jackson and the same store, and no framework.
 */
package dev.goblet.benchmarks.baseline;
