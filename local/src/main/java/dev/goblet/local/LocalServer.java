package dev.goblet.local;

import dev.goblet.function.ApiFunction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;

/**
 * Serves an app over HTTP on this machine, each request going through the app's Lambda entry exactly as in
 * Lambda, plus its OpenAPI document at {@code /openapi.json} and an API docs page at {@code /docs}.
 *
 * <p>From a test: {@code try (LocalServer server = LocalServer.start(new UsersApiHandler(),
 * ServerOptions.defaults().withPort(0))) { ... server.uri() ... }}. From a shell: {@link #main}, whose options
 * {@link LaunchArguments#USAGE} lists; Ctrl-C stops it cleanly.
 */
public final class LocalServer implements AutoCloseable {
    /**
     * Seconds a client has to send each request, headers and body, before its connection is closed, and to stay
     * silent on an open connection; the app's own time does not count. Without a limit a few clients sending a
     * byte a second would hold the server's connections. Override with {@code -Dgoblet.local.requestSeconds=N}.
     */
    static final String REQUEST_SECONDS = "5";
    static final String REQUEST_SECONDS_PROPERTY = "goblet.local.requestSeconds";

    private final Server server;
    private final URI uri;
    private final ServerOptions options;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalServer(Server server, URI uri, ServerOptions options) {
        this.server = server;
        this.uri = uri;
        this.options = options;
    }

    /** Starts serving {@code handler}; the server runs until {@link #stop} or {@link #close}. */
    public static LocalServer start(ApiFunction handler, ServerOptions options) throws IOException {
        InetAddress address = InetAddress.getByName(options.host());
        Server server = JettyServer.start(address, options.port(), port -> new LocalGateway(handler, options,
                new HostCheck(options.host(), port), new Semaphore(options.threads())), "goblet-local", requestTime(),
                options.log());
        int port = JettyServer.port(server);
        if (!address.isLoopbackAddress()) {
            options.log().println("WARNING: the Goblet local server listens on " + options.host() + ", so other"
                    + " machines can reach the app. It is a development server with no authentication or TLS;"
                    + " bind 127.0.0.1 unless you mean this.");
        }
        String host = address.getHostAddress();
        URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        return new LocalServer(server, uri, options);
    }

    /** {@value #REQUEST_SECONDS} seconds, or what {@code goblet.local.requestSeconds} says. */
    static Duration requestTime() {
        String value = System.getProperty(REQUEST_SECONDS_PROPERTY, REQUEST_SECONDS).trim();
        try {
            int seconds = Integer.parseInt(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Told below.
        }
        throw new IllegalArgumentException("-D" + REQUEST_SECONDS_PROPERTY + " is a whole number of seconds above"
                + " 0, not '" + value + "'");
    }

    /** The port the server listens on: the one asked for, or the free one taken for port 0. */
    public int port() {
        return uri.getPort();
    }

    /** The server's address, such as {@code http://127.0.0.1:8000}, without a trailing slash. */
    public URI uri() {
        return uri;
    }

    public ServerOptions options() {
        return options;
    }

    /**
     * Stops taking connections, gives requests in progress up to {@code grace} to finish, then stops the workers.
     * Stopping twice does nothing more.
     */
    public void stop(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            JettyServer.stop(server, grace);
        } finally {
            stopped.countDown();
        }
    }

    /** Stops at once: for tests, which wait for their answers before closing. */
    @Override
    public void close() {
        stop(Duration.ZERO);
    }

    /** Blocks until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Starts the server for the handler class named on the command line and serves until Ctrl-C. When the app
     * needs environment variables this process lacks ({@code --env}, or its stage's), the server runs in a child
     * JVM that has them, since a JVM cannot change its own environment.
     */
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(LaunchArguments.USAGE);
            return;
        }
        ForkedJvm.exitWithParent();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        LaunchArguments launch;
        WebSocketRoutes webSockets;
        try {
            // The handler's name says where its stage config is; then the stage's variables join the rest.
            String handler = LaunchArguments.parse(arguments, System.getenv(), StageConfig.NONE).handlerClass();
            StageConfig stages = ConfiguredStages.load(loader, handler);
            launch = LaunchArguments.parse(arguments, System.getenv(), stages);
            if (launch.dynamodb().isPresent()) {
                launch = withTables(launch, stages);
            }
            webSockets = WebSocketRoutes.load(loader, stages);
            if (!webSockets.isEmpty()) {
                launch = webSockets.withEndpoint(launch, System.getenv());
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchArguments.USAGE);
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("The DynamoDB API could not be started: " + e.getMessage());
            System.exit(2);
            return;
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            System.err.println("The app's tables could not be made on the DynamoDB API given with --dynamodb: is it"
                    + " running at that address? (" + e.getClass().getSimpleName() + ")");
            System.exit(2);
            return;
        }
        if (launch.needsEnvironment(System.getenv())) {
            System.exit(ForkedJvm.run(LocalServer.class, launch.handlerClass(), launch.options().environment(),
                    arguments));
            return;
        }
        // An app of WebSocket handlers only is named by any of its entry points, and has no HTTP API to serve.
        boolean api = webSockets.isEmpty() || ApiFunction.class.isAssignableFrom(
                Class.forName(launch.handlerClass(), false, loader));
        LocalServer server = api ? start(launch.newHandler(loader), launch.options()) : null;
        LocalWebSockets sockets = webSockets.isEmpty() ? null
                : webSockets.start(loader, launch, System.getenv(), launch.options().log());
        CountDownLatch socketsStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server != null) {
                server.stop(Duration.ofSeconds(1));
            }
            if (sockets != null) {
                sockets.close();
                socketsStopped.countDown();
            }
            System.out.println("Goblet local server stopped");
        }, "goblet-local-shutdown"));
        ServerOptions options = launch.options();
        System.out.println("Goblet local server: " + launch.handlerClass() + ", stage '" + options.stage()
                + "', payload " + options.payload().label() + ", as " + switch (options.api()) {
                    case REST -> "a REST API";
                    case HTTP -> "an HTTP API";
                    case FUNCTION_URL -> "a function URL";
                });
        if (server != null) {
            System.out.println("Serving on " + server.uri() + " (API docs at " + server.uri() + ApiDocs.DOCS_PATH
                    + "); Ctrl-C stops it");
        }
        if (sockets != null) {
            System.out.println("WebSockets on " + sockets.uri() + " (management API " + sockets.managementEndpoint()
                    + "/@connections); Ctrl-C stops it");
        }
        if (server != null) {
            server.awaitStop();
        } else {
            socketsStopped.await();
        }
    }

    /**
     * Makes the app's tables on the DynamoDB API {@code --dynamodb} names (a dynalite started here, kept until this
     * JVM ends) and adds what points the app at them to its environment.
     */
    private static LaunchArguments withTables(LaunchArguments launch, StageConfig stages)
            throws IOException, InterruptedException {
        if (System.getenv(ForkedJvm.MARKER) != null) {
            return launch; // the JVM that started this one made the tables and gave their variables
        }
        URI endpoint;
        if (launch.dynamodb().get().equals(LaunchArguments.DYNALITE)) {
            LocalDynalite dynalite = LocalDynalite.start(Path.of(""));
            Runtime.getRuntime().addShutdownHook(new Thread(dynalite::close, "goblet-local-stop-dynalite"));
            endpoint = dynalite.endpoint();
            System.out.println("DynamoDB API: dynalite on " + endpoint + ", in memory");
        } else {
            endpoint = URI.create(launch.dynamodb().get());
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(launch.options().environment());
        Map<String, String> variables = LocalTables.prepare(endpoint, stages.tables(), environment);
        stages.tables().forEach(table -> System.out.println("Table " + variables.get(table.environmentVariable())
                + " (" + table.resource() + ", " + table.environmentVariable() + ") on " + endpoint));
        return launch.withVariables(variables, System.getenv());
    }
}
