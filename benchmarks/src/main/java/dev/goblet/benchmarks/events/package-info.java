/**
 * The event function of the start benchmark: an SQS-fed mail sender on Goblet, whose hand-written twin is
 * {@code baseline.MailQueueStreamHandler}.
 */
package dev.goblet.benchmarks.events;
