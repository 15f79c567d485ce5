/**
 * What a generated Lambda entry point presents to tools: the test client, the local server, the build plugins.
 *
 * <p>Every entry point the processor writes is a {@link dev.goblet.function.GobletFunction}; the one that serves an
 * app's routes is also an {@link dev.goblet.function.ApiFunction}. Tools hold these interfaces, never the runtime's
 * base classes in {@code dev.goblet.internal}. {@link dev.goblet.function.AppResources} names the files the
 * processor leaves on the class path for them.
 */
package dev.goblet.function;
