/**
 * The users API on Spring Boot 3 behind aws-serverless-java-container: the framework peer the benchmarks compare
 * Goblet with, answering the same events with the same bodies over the same store.
 */
package dev.goblet.benchmarks.spring;
