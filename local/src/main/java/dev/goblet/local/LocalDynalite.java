package dev.goblet.local;

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
import java.util.concurrent.TimeUnit;

/**
 * A dynalite (the DynamoDB API in Node.js, from npm) serving from memory on a free port of 127.0.0.1, for
 * {@code --dynamodb dynalite}: found in the nearest {@code node_modules} from the working folder up, started with the
 * server and stopped with it. Its items live as long as it does.
 */
final class LocalDynalite implements AutoCloseable {
    static final String CLI = "node_modules/dynalite/cli.js";
    private static final Duration STARTUP = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private LocalDynalite(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts dynalite and returns once it accepts connections; says how to install it when it is not there. */
    static LocalDynalite start(Path from) throws IOException, InterruptedException {
        Path cli = find(from);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("goblet-dynalite-", ".log");
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalDynalite dynalite = new LocalDynalite(process, port);
        try {
            dynalite.awaitPort(log);
        } catch (IOException | RuntimeException e) {
            dynalite.close();
            throw e;
        }
        return dynalite;
    }

    private static Path find(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CLI))) {
                return dir.resolve(CLI);
            }
        }
        throw new IllegalArgumentException("--dynamodb dynalite needs dynalite: run 'npm install --save-dev dynalite'"
                + " in the project (it needs Node.js), or give the URL of a DynamoDB API instead. Looked for " + CLI
                + " from " + from.toAbsolutePath() + " up");
    }

    private void awaitPort(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dynalite exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("dynalite did not listen on port " + port + " within " + STARTUP.toSeconds() + " s");
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops dynalite, forcibly when it does not stop within five seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "dynalite on " + endpoint() + " (" + File.separator + CLI + ")";
    }
}
