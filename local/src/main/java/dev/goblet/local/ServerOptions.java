package dev.goblet.local;

import dev.goblet.testing.PayloadVersion;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link LocalServer} listens and what events it builds. Immutable: each {@code with...} returns a copy.
 *
 * @param host the address to bind; {@code 127.0.0.1} by default, so the app is not reachable from the network
 * @param port the port; 0 takes a free one, which {@link LocalServer#port()} then tells
 * @param stage the API Gateway stage the events name; {@code api} by default, as Chalice's
 *     {@code api_gateway_stage}
 * @param payload the proxy event version: REST API's 1.0 by default, HTTP API's 2.0 on request
 * @param threads how many requests run the app at once; requests are read and answered on the server's own threads
 * @param environment variables the app's process must see; only {@link LocalServer#main} can apply them (by
 *     starting the server in a child JVM), since a running JVM cannot change its own environment
 * @param log where the one line per request goes
 */
public record ServerOptions(String host, int port, String stage, PayloadVersion payload, int threads,
        Map<String, String> environment, PrintStream log) {
    public static final int DEFAULT_PORT = 8000;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(log, "log");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is between 0 and 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("The server needs at least one thread, not " + threads);
        }
        if (stage.isBlank()) {
            throw new IllegalArgumentException("The stage name is empty");
        }
        environment = Map.copyOf(environment);
    }

    /** 127.0.0.1:8000, stage {@code api}, payload 1.0, 16 threads, log to standard output. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, "api", PayloadVersion.REST_1_0, 16, Map.of(),
                System.out);
    }

    public ServerOptions withHost(String host) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withStage(String stage) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withPayload(PayloadVersion payload) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withThreads(int threads) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withEnvironment(Map<String, String> environment) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }

    public ServerOptions withLog(PrintStream log) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log);
    }
}
