package dev.goblet.local;

import dev.goblet.sample.SampleAppHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small load driver for the local server over keep-alive: {@code connections} sockets each send
 * {@code requests} GETs one after another on the same connection, and the driver reports the median and 99th
 * percentile latency and the requests per second. Run it from the repository root after a build
 * ({@code mvn -B -o -q verify -pl processor,local -am -DskipTests}):
 *
 * <pre>{@code
 * (cd local && mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load.cp)
 * CP="local/target/test-classes:local/target/classes:framework/target/classes:testing/target/classes"
 * CP="$CP:testing/target/test-classes:$(tr ':' '\n' < local/target/load.cp | grep -v dev/goblet | paste -sd:)"
 * java -cp "$CP" dev.goblet.local.KeepAliveLoad 4 2000
 * }</pre>
 *
 * {@link KeepAliveLoadTest} runs a short round of it with every build.
 */
public final class KeepAliveLoad {
    /** Median and 99th percentile milliseconds per request, and requests per second over the whole run. */
    record Result(double p50Millis, double p99Millis, double requestsPerSecond, int requests) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests: p50 %.2f ms, p99 %.2f ms, %.0f req/s", requests,
                    p50Millis, p99Millis, requestsPerSecond);
        }
    }

    private KeepAliveLoad() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (LocalServer server = LocalServer.start(new SampleAppHandler(),
                ServerOptions.defaults().withPort(0).withLog(quiet))) {
            run(server.port(), connections, 200);
            System.out.println(connections + " connections: " + run(server.port(), connections, requests));
        }
    }

    /** Sends {@code requests} keep-alive GETs of /hello on each of {@code connections} connections. */
    static Result run(int port, int connections, int requests) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                runs.add(clients.submit(() -> oneConnection(port, requests)));
            }
            long[] all = new long[connections * requests];
            for (int i = 0; i < connections; i++) {
                System.arraycopy(runs.get(i).get(), 0, all, i * requests, requests);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            return new Result(all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all.length / seconds, all.length);
        } finally {
            clients.shutdownNow();
        }
    }

    private static long[] oneConnection(int port, int requests) throws IOException {
        byte[] request = ("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long[] nanos = new long[requests];
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                out.write(request);
                out.flush();
                readResponse(in);
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /** Reads one 200 response: headers to the blank line, then Content-Length bytes. */
    private static void readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int length = -1;
        boolean first = true;
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The server closed the connection");
            }
            if (next != '\n') {
                line.write(next);
                continue;
            }
            String header = line.toString(StandardCharsets.ISO_8859_1).trim();
            line.reset();
            if (first && !header.startsWith("HTTP/1.1 200")) {
                throw new IOException("Expected a 200, got " + header);
            }
            first = false;
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        if (length < 0 || in.readNBytes(length).length != length) {
            throw new IOException("A response without its whole body");
        }
    }
}
