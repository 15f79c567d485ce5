/**
 * The users service's storage kept in memory, shared by the Goblet handler and the hand-written baseline in the
 * dispatch figures so that both measure the same work. Nothing here depends on Goblet.
 */
package dev.goblet.benchmarks.users;
