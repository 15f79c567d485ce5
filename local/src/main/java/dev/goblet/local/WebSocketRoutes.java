package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.function.AppResources;
import dev.goblet.function.GobletFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WebSocket handlers of the app the local server runs, from its function index
 * ({@code META-INF/goblet/<app>/functions.json}): each one's route key and entry point, and the route selection
 * expression. Empty for an app without them.
 *
 * @param handlers entry point class names by route key
 * @param routeSelection the API's route selection expression
 */
record WebSocketRoutes(Map<String, String> handlers, String routeSelection) {
    /** The variable the app's {@code ApiGatewayConnections} reads the management API's endpoint from. */
    static final String ENDPOINT_VARIABLE = "GOBLET_WEBSOCKET_ENDPOINT";

    static WebSocketRoutes load(ClassLoader loader, StageConfig stages) {
        Map<String, String> handlers = new LinkedHashMap<>();
        String selection = "$request.body.action";
        if (!(stages instanceof ConfiguredStages configured) || configured.appName().isEmpty()) {
            return new WebSocketRoutes(handlers, selection);
        }
        String resource = AppResources.functions(configured.appName());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                for (JsonNode function : GatewayAnswer.JSON.readTree(in).path("functions")) {
                    if (function.path("kind").asText().equals("websocket")) {
                        handlers.put(function.path("routeKey").asText(), function.path("handler").asText());
                        selection = function.path("routeSelection").asText(selection);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new WebSocketRoutes(handlers, selection);
    }

    boolean isEmpty() {
        return handlers.isEmpty();
    }

    /**
     * The arguments with the management API's endpoint in the app's environment, unless it has one already (as a
     * child JVM started for it does): {@code http://<host>:<ws-port + 1>/<stage>}, or a free port.
     */
    LaunchArguments withEndpoint(LaunchArguments launch, Map<String, String> current) throws IOException {
        if (current.containsKey(ENDPOINT_VARIABLE) || launch.options().environment().containsKey(ENDPOINT_VARIABLE)) {
            return launch;
        }
        int port = launch.webSocketPort() == 0 ? freePort(launch.options().host()) : launch.webSocketPort() + 1;
        String host = launch.options().host().contains(":") ? "[" + launch.options().host() + "]"
                : launch.options().host();
        return launch.withVariables(Map.of(ENDPOINT_VARIABLE, "http://" + host + ":" + port + "/"
                + launch.options().stage()), current);
    }

    /** Serves the handlers, each built by its no-argument constructor as Lambda builds it. */
    LocalWebSockets start(ClassLoader loader, LaunchArguments launch, Map<String, String> current, PrintStream log)
            throws IOException {
        String endpoint = current.getOrDefault(ENDPOINT_VARIABLE,
                launch.options().environment().get(ENDPOINT_VARIABLE));
        int managementPort = endpoint == null ? 0 : URI.create(endpoint).getPort();
        LocalWebSockets sockets = LocalWebSockets.bind(launch.options().host(), launch.webSocketPort(),
                Math.max(managementPort, 0), launch.options().stage(), log);
        Map<String, GobletFunction> functions = new LinkedHashMap<>();
        handlers.forEach((route, handler) -> functions.put(route, EntryPoints.load(handler, loader,
                GobletFunction.class)));
        return sockets.start(functions, routeSelection);
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        }
    }
}
