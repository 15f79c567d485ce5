package dev.goblet.local;

import dev.goblet.function.ApiFunction;
import dev.goblet.testing.PayloadVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local server's command line, read over its environment: a setting comes from the command line, else from
 * the {@code GOBLET_*} environment variable, else from its default. The app's own environment variables come from
 * the stage's {@link StageConfig}, then the process environment, then {@code --env NAME=VALUE}, later ones winning.
 *
 * @param handlerClass the generated handler's class name, such as {@code com.example.UsersApiHandler}
 * @param options the server's options, with the app's environment resolved
 * @param dynamodb where the app's tables are made, when {@code --dynamodb} says: {@value #DYNALITE} for a dynalite
 *     the server starts, or the URL of a DynamoDB API on this machine
 * @param webSocketPort the port of the app's WebSocket API, when {@code --ws-port} gives one; by default the HTTP
 *     port + 1 (see {@link #webSocketPort()})
 */
public record LaunchArguments(String handlerClass, ServerOptions options, Optional<String> dynamodb,
        Optional<Integer> givenWebSocketPort) {
    /** {@code --dynamodb dynalite}: a dynalite started and stopped with the server. */
    public static final String DYNALITE = "dynalite";

    public static final String USAGE = String.join("\n",
            "Usage: java dev.goblet.local.LocalServer --handler <class> [options]",
            "  --handler <class>     the app's generated handler, e.g. com.example.UsersApiHandler"
                    + " (GOBLET_HANDLER)",
            "  --port <n>            the port, 0 for a free one; default 8000 (GOBLET_PORT)",
            "  --host <address>      the address to bind; default 127.0.0.1, others warn (GOBLET_HOST)",
            "  --stage <name>        the API Gateway stage the events name; default api (GOBLET_STAGE)",
            "  --payload <1.0|2.0>   REST API (1.0, default) or HTTP API (2.0) events (GOBLET_PAYLOAD)",
            "  --threads <n>         requests running the app at once; default 16 (GOBLET_THREADS)",
            "  --env <NAME=VALUE>    an environment variable for the app; repeat for several",
            "  --dynamodb <dynalite|url>  'dynalite' starts one from the nearest node_modules, or the URL of a"
                    + " DynamoDB API on this machine: the app's tables are created there and the app pointed at"
                    + " them (GOBLET_DYNAMODB)",
            "  --ws-port <n>         the WebSocket API's port, for an app with WebSocket handlers; default the"
                    + " port + 1, its management API (@connections) on the next (GOBLET_WS_PORT)",
            "  --help                this text");

    /** Reads {@code args} over {@code environment}; an {@link IllegalArgumentException} says what is wrong. */
    public static LaunchArguments parse(List<String> args, Map<String, String> environment, StageConfig stages) {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException(name.startsWith("--")
                        ? "Option " + name + " needs a value" : "Unexpected argument '" + name + "'");
            }
            String value = args.get(++i);
            if (name.equals("--env")) {
                int equals = value.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("--env takes NAME=VALUE, not '" + value + "'");
                }
                overrides.put(value.substring(0, equals), value.substring(equals + 1));
            } else if (List.of("--handler", "--port", "--host", "--stage", "--payload", "--threads", "--dynamodb",
                    "--ws-port").contains(name)) {
                given.put(name.substring(2), value);
            } else {
                throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        String handler = setting(given, environment, "handler");
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("Name the app's handler with --handler <class> or GOBLET_HANDLER");
        }
        ServerOptions options = ServerOptions.defaults();
        String host = setting(given, environment, "host");
        String port = setting(given, environment, "port");
        String stage = setting(given, environment, "stage");
        String payload = setting(given, environment, "payload");
        String threads = setting(given, environment, "threads");
        options = host == null ? options : options.withHost(host);
        options = port == null ? options : options.withPort(number(port, "port"));
        options = stage == null ? options : options.withStage(stage);
        // The stage's api_type picks the API to play; --payload then gives only the events' shape.
        options = options.withApi(stages.api(options.stage()));
        options = payload == null ? options : options.withPayload(PayloadVersion.parse(payload));
        options = threads == null ? options : options.withThreads(number(threads, "threads"));
        Map<String, String> appEnvironment = new LinkedHashMap<>(stages.environment(options.stage()));
        appEnvironment.keySet().removeAll(environment.keySet());
        appEnvironment.putAll(overrides);
        String dynamodb = setting(given, environment, "dynamodb");
        String webSocketPort = given.containsKey("ws-port") ? given.get("ws-port") : environment.get("GOBLET_WS_PORT");
        return new LaunchArguments(handler, options.withEnvironment(appEnvironment),
                dynamodb == null || dynamodb.isBlank() ? Optional.empty() : Optional.of(checkedDynamoDb(dynamodb)),
                webSocketPort == null ? Optional.empty() : Optional.of(port(webSocketPort, "ws-port")));
    }

    /** These arguments with {@code variables} added to the app's environment, where the process lacks them. */
    public LaunchArguments withVariables(Map<String, String> variables, Map<String, String> current) {
        Map<String, String> appEnvironment = new LinkedHashMap<>(options.environment());
        variables.forEach((name, value) -> {
            if (!value.equals(current.get(name))) {
                appEnvironment.putIfAbsent(name, value);
            }
        });
        return new LaunchArguments(handlerClass, options.withEnvironment(appEnvironment), dynamodb,
                givenWebSocketPort);
    }

    private static String checkedDynamoDb(String text) {
        String value = text.trim();
        if (value.equals(DYNALITE)) {
            return value;
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // Said below.
        }
        throw new IllegalArgumentException("--dynamodb takes 'dynalite' or the URL of a DynamoDB API, such as"
                + " http://127.0.0.1:4567, not '" + text + "'");
    }

    /** Whether the app needs variables this process lacks, so that the server must run in a child JVM. */
    public boolean needsEnvironment(Map<String, String> current) {
        return options.environment().entrySet().stream()
                .anyMatch(entry -> !entry.getValue().equals(current.get(entry.getKey())));
    }

    /**
     * Loads the handler class and calls its public no-argument constructor, as Lambda does; with it, the app's other
     * functions that serve routes, so that each request runs in the function it runs in when deployed.
     */
    public ApiFunction newHandler(ClassLoader loader) {
        return EntryPoints.loadApi(handlerClass, loader);
    }

    private static String setting(Map<String, String> given, Map<String, String> environment, String name) {
        String value = given.get(name);
        return value != null ? value : environment.get("GOBLET_" + name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The WebSocket API's port: {@code --ws-port}, else the HTTP port + 1 (0, a free one, when that is 0). */
    public int webSocketPort() {
        return givenWebSocketPort.orElse(options.port() == 0 ? 0 : options.port() + 1);
    }

    private static int port(String text, String name) {
        int port = number(text, name);
        if (port < 0 || port > 65534) {
            throw new IllegalArgumentException("The " + name + " is between 0 and 65534, not " + port);
        }
        return port;
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + name + " must be a number, not '" + text + "'");
        }
    }
}
