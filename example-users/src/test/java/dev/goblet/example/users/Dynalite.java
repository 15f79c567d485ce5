package dev.goblet.example.users;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A dynalite process, the DynamoDB-API server pinned in the repository's {@code package.json}, serving from memory
 * on a free port of 127.0.0.1. Started with {@link #start()}, stopped with {@link #close()}; nothing outlives it.
 */
public final class Dynalite implements AutoCloseable {
    private static final String CLI = "node_modules/dynalite/cli.js";
    /** dynalite's command line, kept alive when a client hangs up mid-request (the script says how). */
    private static final String LAUNCHER = "scripts/dynalite.js";
    private static final Duration STARTUP = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final Path log;

    private Dynalite(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts dynalite and returns once it accepts connections. */
    public static Dynalite start() throws IOException, InterruptedException {
        Path root = repositoryRoot();
        int port = freePort();
        Path log = Files.createTempFile("dynalite-", ".log");
        Process process = new ProcessBuilder(List.of("node", root.resolve(LAUNCHER).toString(), "--host", "127.0.0.1",
                        "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0"))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Dynalite dynalite = new Dynalite(process, port, log);
        try {
            dynalite.awaitPort();
        } catch (IOException | RuntimeException e) {
            dynalite.close();
            throw e;
        }
        return dynalite;
    }

    /** The folder holding {@value #CLI}: the working directory or one of its parents (Maven runs in the module). */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CLI))) {
                return dir;
            }
        }
        throw new IllegalStateException("dynalite is not installed: run 'npm ci' at the repository's root (it needs"
                + " Node.js), then run this again. Looked for " + CLI + " from " + Path.of("").toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitPort() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dynalite exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("dynalite did not listen on port " + port + " within " + STARTUP.toSeconds() + " s: "
                + Files.readString(log));
    }

    /** The endpoint to give the SDK, such as {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The environment a users service needs to use {@code table} on this server. */
    public Map<String, String> environment(String table) {
        return Map.of(DynamoUserStore.TABLE_NAME_VARIABLE, table,
                DynamoUserStore.ENDPOINT_VARIABLE, endpoint().toString(),
                "AWS_REGION", "us-east-1");
    }

    /** A new client of this server; the caller closes it. */
    public DynamoDbClient client() {
        return DynamoUserStore.client(environment("unused"));
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the process (and what it started), forcibly if it does not stop within five seconds. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        File file = log.toFile();
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
