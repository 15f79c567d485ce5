package dev.goblet.example.users;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * moto's server ({@code moto_server}, from python3's moto), the SQS and SNS the event side's tests send to: started
 * on 127.0.0.1 and a free port, stopped with its children by its process handle. Where it is not installed a test
 * that needs it is skipped, saying so; under {@code CI=true} it fails instead, as CI must run it.
 */
final class MotoServer implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** A fresh moto on a free port, up and answering. */
    static MotoServer start() throws IOException, InterruptedException {
        Optional<Path> command = onPath("moto_server");
        if (command.isEmpty()) {
            String missing = "moto_server is not on the PATH: install python3's moto with its server"
                    + " (pip install 'moto[server]') to run the event side's tests";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(command.get().toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "moto-" + port + ".log").toFile())
                .start();
        MotoServer moto = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server stopped at once (exit " + process.exitValue()
                        + "); see target/moto-" + port + ".log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return moto;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        moto.close();
        throw new IllegalStateException("moto_server did not answer on port " + port + " within " + START);
    }

    /** Its address, for the SDK's endpoint override. */
    URI endpoint() {
        return endpoint;
    }

    /** What the event side needs to reach this moto for SQS and SNS, as Lambda's environment would carry it. */
    Map<String, String> environment() {
        return Map.of(UserEvents.SQS_ENDPOINT_VARIABLE, endpoint.toString(),
                UserEvents.SNS_ENDPOINT_VARIABLE, endpoint.toString());
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
