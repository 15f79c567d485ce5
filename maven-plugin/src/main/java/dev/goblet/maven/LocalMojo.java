package dev.goblet.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code goblet:local}: compiles the module, then serves its app's API on this machine with goblet-local's server, as
 * API Gateway would, until Ctrl-C or SIGTERM. Chalice's {@code chalice local}.
 */
@Mojo(name = "local", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class LocalMojo extends ForkedGoal {
    static final String SERVER = "dev.goblet.local.LocalServer";

    /** The port; 0 takes a free one, which the server prints. */
    @Parameter(property = "goblet.port", defaultValue = "8000")
    int port;

    /** The address to bind; anything but loopback is a warning, as the server serves without authentication. */
    @Parameter(property = "goblet.host", defaultValue = "127.0.0.1")
    String host;

    /**
     * REST API events (1.0) or HTTP API events (2.0); unset, those of the API the stage's {@code api_type} deploys
     * (1.0 for a REST API).
     */
    @Parameter(property = "goblet.payload")
    String payload;

    /** Requests that run the app at once. */
    @Parameter(property = "goblet.threads", defaultValue = "16")
    int threads;

    /**
     * Where the app's {@code @DynamoDbTable}s live: {@code dynalite} starts one (from the nearest
     * {@code node_modules}) with the server, a URL names a DynamoDB API on this machine; unset, the app's own
     * configuration decides. The tables are created when absent and the app pointed at them.
     */
    @Parameter(property = "goblet.dynamodb")
    String dynamodb;

    /**
     * The port of the app's WebSocket API, for an app with WebSocket handlers; by default {@code port + 1}, its
     * management API ({@code @connections}) on the next.
     */
    @Parameter(property = "goblet.wsPort")
    Integer wsPort;

    /**
     * Seconds a client has to send each request, and may stay silent on an open connection, before the server closes
     * it; by default the server's 5. The server's JVM reads it as {@code goblet.local.requestSeconds}.
     */
    @Parameter(property = "goblet.requestSeconds")
    Integer requestSeconds;

    /** The API handler to serve, when the module has more than one app; by default the only one. */
    @Parameter(property = "goblet.handler")
    String handler;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        StaleTemplates.check(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()));
        List<String> arguments = new ArrayList<>(List.of("--handler", apiHandler(), "--port", Integer.toString(port),
                "--host", host, "--threads", Integer.toString(threads)));
        if (payload != null && !payload.isBlank()) {
            arguments.addAll(List.of("--payload", payload));
        }
        if (dynamodb != null && !dynamodb.isBlank()) {
            arguments.addAll(List.of("--dynamodb", dynamodb));
        }
        if (wsPort != null) {
            arguments.addAll(List.of("--ws-port", Integer.toString(wsPort)));
        }
        arguments.addAll(appArguments());
        List<String> jvm = requestSeconds == null ? List.of()
                : List.of("-Dgoblet.local.requestSeconds=" + requestSeconds);
        int exit = fork(SERVER, jvm, arguments);
        if (exit != 0 && exit != 130 && exit != 143) {
            throw new MojoFailureException("The local server ended with exit code " + exit + ": see its output above");
        }
    }

    private String apiHandler() throws MojoExecutionException, MojoFailureException {
        if (handler != null && !handler.isBlank()) {
            return handler;
        }
        FunctionIndex index = functions();
        if (index.apis().isEmpty() && !index.webSocketHandlers().isEmpty()) {
            // An app of WebSocket handlers only: any of its entry points names it to the server.
            return index.webSocketHandlers().get(0).handler();
        }
        // An app whose routes run in several functions is served from its first; the server brings in the others.
        Set<String> apps = new HashSet<>();
        List<FunctionIndex.Function> apis = index.apis().stream().filter(api -> apps.add(api.app())).toList();
        if (apis.isEmpty()) {
            throw new MojoFailureException("The module's apps have no @Route: nothing to serve. Run a function once"
                    + " with goblet:invoke -Dgoblet.function=<name>");
        }
        if (apis.size() > 1) {
            throw new MojoFailureException("The module has " + apis.size() + " apps with routes: choose one with"
                    + " -Dgoblet.handler=<class>, one of " + apis.stream().map(FunctionIndex.Function::handler)
                    .collect(Collectors.joining(", ")));
        }
        return apis.get(0).handler();
    }
}
