/**
 * The runtime behind generated handlers: event parsing, route matching, parameter binding and response writing.
 *
 * <p>Not API: only code that Goblet generates calls into this package, and it may change in any release.
 */
package dev.goblet.internal;
