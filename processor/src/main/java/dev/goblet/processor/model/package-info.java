/**
 * The processor's one model of an app, immutable, built by {@code reading} and read by every writer. Writers never
 * look at the source elements again.
 */
package dev.goblet.processor.model;
