/**
 * The users service's data and storage, shared by the Goblet app and the hand-written baseline so that both
 * measure the same work. Nothing here depends on Goblet.
 */
package dev.goblet.benchmarks.users;
