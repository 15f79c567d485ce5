/**
 * JMH benchmarks of Goblet's dispatch: route matching, parameter binding and whole events, on an app of 5 routes
 * and one of 500, and the hand-written baseline on the same events.
 */
package dev.goblet.benchmarks.jmh;
