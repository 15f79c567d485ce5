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
 * @param api what the server plays: a REST API by default, or the HTTP API or function URL of a stage's
 *     {@code api_type}; {@link #withApi} sets the payload with it, {@link #withPayload} only the events' shape
 */
public record ServerOptions(String host, int port, String stage, PayloadVersion payload, int threads,
        Map<String, String> environment, PrintStream log, ApiKind api) {
    public static final int DEFAULT_PORT = 8000;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(api, "api");
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

    /** Options of a server that plays a REST API, whatever the events' payload. */
    public ServerOptions(String host, int port, String stage, PayloadVersion payload, int threads,
            Map<String, String> environment, PrintStream log) {
        this(host, port, stage, payload, threads, environment, log, ApiKind.REST);
    }

    /** 127.0.0.1:8000, stage {@code api}, a REST API's payload 1.0, 16 threads, log to standard output. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, "api", PayloadVersion.REST_1_0, 16, Map.of(),
                System.out);
    }

    /** These options playing {@code api}, with the payload it sends. */
    public ServerOptions withApi(ApiKind api) {
        return new ServerOptions(host, port, stage, api.payload(), threads, environment, log, api);
    }

    public ServerOptions withHost(String host) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withStage(String stage) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withPayload(PayloadVersion payload) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withThreads(int threads) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withEnvironment(Map<String, String> environment) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }

    public ServerOptions withLog(PrintStream log) {
        return new ServerOptions(host, port, stage, payload, threads, environment, log, api);
    }
}
