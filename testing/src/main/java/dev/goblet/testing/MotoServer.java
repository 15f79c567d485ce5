package dev.goblet.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A moto server ({@code moto_server}, from python3's {@code moto[server]}) on a free port of 127.0.0.1: one endpoint
 * that answers the AWS APIs of SQS, SNS, S3, EventBridge and Kinesis from memory, for tests of event functions that
 * send, publish or put. Started with {@link #start()}, stopped with {@link #close()}, with what it started; nothing
 * outlives it. {@link MotoExtension} shares one among a run's tests.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start()) {
 *     SqsClient sqs = SqsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@code moto_server} is found on the {@code PATH}, or at the path the system property {@value #COMMAND_PROPERTY}
 * gives: {@code pip install 'moto[server]'} once. moto accepts any region and credentials.
 */
public final class MotoServer implements AutoCloseable {
    /** The system property that names the {@code moto_server} command, where it is not on the PATH. */
    public static final String COMMAND_PROPERTY = "goblet.moto";
    static final String COMMAND = "moto_server";
    /** The services whose endpoint {@link #environment()} sets, as the AWS SDKs name their variables. */
    private static final List<String> SERVICES = List.of("SQS", "SNS", "S3", "EVENTBRIDGE", "KINESIS");
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final String REGION = "us-east-1";
    private static final String PLACEHOLDER_KEY = "local";

    private final LoopbackProcess server;

    private MotoServer(LoopbackProcess server) {
        this.server = server;
    }

    /** Starts moto and returns once it accepts connections; says how to install it when it is not there. */
    public static MotoServer start() throws IOException, InterruptedException {
        Path command = find().orElseThrow(() -> new IllegalStateException(notFound()));
        int port = LoopbackProcess.freePort();
        return new MotoServer(LoopbackProcess.start("moto_server", new ProcessBuilder(command.toString(), "-H",
                "127.0.0.1", "-p", Integer.toString(port)), port, STARTUP, "install python3's moto[server]"));
    }

    /**
     * The {@code moto_server} command: the file {@value #COMMAND_PROPERTY} names, else the first on the PATH; empty
     * when there is none. A property naming a missing file is an error, not a fallback.
     */
    public static Optional<Path> find() {
        return find(System.getenv("PATH"), System.getProperty(COMMAND_PROPERTY));
    }

    static Optional<Path> find(String path, String property) {
        if (property != null && !property.isBlank()) {
            Path command = Path.of(property).toAbsolutePath();
            if (!Files.isExecutable(command)) {
                throw new IllegalStateException("-D" + COMMAND_PROPERTY + "=" + property + " names no executable"
                        + " file: give the path of moto_server, as 'which moto_server' prints it");
            }
            return Optional.of(command);
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, COMMAND))) {
                return Optional.of(Path.of(folder, COMMAND));
            }
        }
        return Optional.empty();
    }

    /** What to do when {@link #find()} finds nothing. */
    static String notFound() {
        return "moto_server is not installed: run \"pip install 'moto[server]'\" (python3), or give the path of"
                + " moto_server as -D" + COMMAND_PROPERTY + "=... Looked on the PATH";
    }

    /** The endpoint to give the SDK, such as {@code http://127.0.0.1:41234}: one for every service. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * The variables that point an app's AWS SDK clients at this server: the SDK's own
     * {@code AWS_ENDPOINT_URL_SQS}, {@code _SNS}, {@code _S3}, {@code _EVENTBRIDGE} and {@code _KINESIS}, a region
     * and placeholder credentials. Add them to what the app's constructor reads, as
     * {@link Dynalite#environment()}'s are.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        SERVICES.forEach(service -> environment.put("AWS_ENDPOINT_URL_" + service, endpoint().toString()));
        environment.put("AWS_REGION", REGION);
        environment.put("AWS_ACCESS_KEY_ID", PLACEHOLDER_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", PLACEHOLDER_KEY);
        return Collections.unmodifiableMap(environment);
    }

    /** Whether the process still runs. */
    public boolean isRunning() {
        return server.isAlive();
    }

    /** Stops the process and its children, forcibly if they do not stop within ten seconds. */
    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "moto on " + endpoint();
    }
}
