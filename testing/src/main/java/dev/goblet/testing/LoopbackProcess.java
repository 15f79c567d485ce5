package dev.goblet.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server the test kit runs as a process of its own on a free port of 127.0.0.1 (dynalite, moto): started, awaited
 * until it accepts connections, and stopped with what it started, by its process handle. Its output goes to a
 * temporary log, quoted when it fails to start and deleted when it stops.
 */
final class LoopbackProcess {
    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private LoopbackProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A port no one listens on now, for the server to take. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Runs {@code command}, which must listen on {@code port}, and returns once it does; stops it and throws when it
     * exits or does not listen within {@code startup}. When the command cannot be run at all, the error says so and
     * {@code ifNotRun}, what to install.
     */
    static LoopbackProcess start(String name, ProcessBuilder command, int port, Duration startup, String ifNotRun)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("goblet-" + name + "-", ".log");
        Process process;
        try {
            process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            delete(log);
            throw new IOException("Could not run '" + command.command().get(0) + "' to start " + name + ": "
                    + ifNotRun + ". " + e.getMessage(), e);
        }
        LoopbackProcess server = new LoopbackProcess(name, process, port, log);
        try {
            server.awaitPort(startup);
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    private void awaitPort(Duration startup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException(name + " did not listen on port " + port + " within " + startup.toSeconds() + " s: "
                + Files.readString(log));
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the process and its children (the command may be a launcher, a pyenv shim starting python), forcibly if
     * they do not stop within ten seconds, and deletes the log.
     */
    void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(log);
    }

    /** Deletes a file the test kit made, or leaves it to the JVM's exit when something still holds it. */
    static void delete(Path path) {
        File file = path.toFile();
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
