package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.sample.SampleAppHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local server against clients that misbehave or come from elsewhere, over raw sockets on 127.0.0.1 so that
 * each request is exactly the bytes written: slow clients, foreign Host and Origin headers, oversized bodies.
 */
class LocalServerDefenceTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static LocalServer server;

    @BeforeAll
    static void start() throws IOException {
        server = LocalServer.start(new SampleAppHandler(), ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(LOG, true, StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cutsOffSlowClientsAndServesTheOthers() throws Exception {
        int timeout = Integer.parseInt(LocalServer.REQUEST_SECONDS);
        int slowClients = server.options().threads() + 4;
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < slowClients; i++) {
                Socket socket = connect();
                // Half stall in their headers, half in their bodies; each sends one more byte a second.
                String start = i % 2 == 0 ? "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow: "
                        : post("/echo", "127.0.0.1:" + server.port(), null, 1000) + "{";
                socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(LocalServerDefenceTest::sendOneByte), 1, 1,
                    TimeUnit.SECONDS);
            Thread.sleep(500);

            long begin = System.nanoTime();
            String answer = exchange("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nConnection: close\r\n\r\n", Duration.ofSeconds(timeout + 5));
            long millis = (System.nanoTime() - begin) / 1_000_000;

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"hello\"");
            assertThat(millis).as("milliseconds to answer past the slow clients").isLessThan(2000);
            for (Socket socket : slow) {
                socket.setSoTimeout((timeout + 3) * 1000);
                assertThat(readAll(socket.getInputStream())).as("a slow client is cut off")
                        .doesNotContain("200").doesNotContain("<timed out>");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void refusesAForeignHostWithChalicesBody() throws Exception {
        String answer = exchange("GET /hello HTTP/1.1\r\nHost: attacker.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));

        assertThat(answer).startsWith("HTTP/1.1 403");
        JsonNode body = body(answer);
        assertThat(body.get("Code").asText()).isEqualTo("ForbiddenError");
        assertThat(body.get("Message").asText()).contains("http://127.0.0.1:" + server.port())
                .doesNotContain("attacker");
    }

    @Test
    void refusesTheDocsPageUnderAForeignHostOrPort() throws Exception {
        for (String host : List.of("attacker.example", "localhost:1", "127.0.0.1:" + (server.port() + 1))) {
            String answer = exchange("GET /openapi.json HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                    Duration.ofSeconds(5));

            assertThat(answer).as(host).startsWith("HTTP/1.1 403").doesNotContain("\"openapi\"");
        }
    }

    @Test
    void answersItsOwnNamesAndPutsThemInTheDocument() throws Exception {
        for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST", "[::1]")) {
            String answer = exchange("GET /openapi.json HTTP/1.1\r\nHost: " + host + ":" + server.port()
                    + "\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));

            assertThat(answer).as(host).startsWith("HTTP/1.1 200");
            assertThat(body(answer).path("servers").get(0).path("url").asText())
                    .isEqualToIgnoringCase("http://" + host + ":" + server.port());
        }
    }

    @Test
    void refusesAStateChangingRequestFromAnotherSite() throws Exception {
        String host = "127.0.0.1:" + server.port();
        String answer = exchange(post("/users", host, "http://attacker.example", 2) + "{}", Duration.ofSeconds(5));

        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(body(answer).get("Code").asText()).isEqualTo("ForbiddenError");
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("POST /users 403");
    }

    @Test
    void takesAStateChangingRequestFromItsOwnOriginAndReadsFromAnyOrigin() throws Exception {
        String host = "localhost:" + server.port();
        String user = "{\"username\": \"ana\", \"email\": \"ana@example.com\"}";
        String own = exchange(post("/users", host, "http://" + host, user.length()) + user, Duration.ofSeconds(5));
        String read = exchange("GET /hello HTTP/1.1\r\nHost: " + host + "\r\nOrigin: http://attacker.example"
                + "\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));

        assertThat(own).startsWith("HTTP/1.1 201");
        assertThat(read).startsWith("HTTP/1.1 200");
    }

    @Test
    void answers413FromContentLengthWithoutReadingTheBody() throws Exception {
        String headers = "POST /binary HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (LocalGateway.MAX_BODY_BYTES + 1)
                + "\r\n\r\n";

        String answer;
        try (Socket socket = connect()) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            // No byte of the body is ever sent: the answer comes from the headers alone.
            answer = readResponse(socket.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(body(answer).get("Code").asText()).isEqualTo("RequestEntityTooLargeError");
    }

    @Test
    void answers413AsSoonAsAChunkedBodyPassesTheLimit() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /binary HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1024 * 1024];
            // One megabyte past the limit, and then the body never ends: the server must not wait for its end.
            for (int i = 0; i <= LocalGateway.MAX_BODY_BYTES / chunk.length; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            socket.setSoTimeout(5000);

            String answer = readResponse(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(body(answer).get("Code").asText()).isEqualTo("RequestEntityTooLargeError");
        }
    }

    @Test
    void warnsWhenBoundBeyondLoopback() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LocalServer open = LocalServer.start(new SampleAppHandler(), ServerOptions.defaults().withPort(0)
                .withHost("0.0.0.0").withLog(new PrintStream(log, true, StandardCharsets.UTF_8)))) {
            String literal = exchange(open.port(), "GET /hello HTTP/1.1\r\nHost: 192.0.2.7:" + open.port()
                    + "\r\nConnection: close\r\n\r\n");
            String named = exchange(open.port(), "GET /hello HTTP/1.1\r\nHost: rebound.example:" + open.port()
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(log.toString(StandardCharsets.UTF_8)).contains("WARNING").contains("0.0.0.0")
                    .contains("other machines can reach the app");
            assertThat(literal).startsWith("HTTP/1.1 200");
            assertThat(named).startsWith("HTTP/1.1 403");
        }
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("WARNING");
    }

    private static String post(String path, String host, String origin, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin
                + "\r\n") + "Content-Type: application/json\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n";
    }

    private static Socket connect() throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), server.port());
    }

    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write('x');
        } catch (IOException e) {
            // Cut off by the server: what the test waits for.
        }
    }

    private static String exchange(String request, Duration timeout) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return readAll(socket.getInputStream());
        }
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return readAll(socket.getInputStream());
        }
    }

    /** What the server sent until it closed the connection; a reset or a timeout ends it as well. */
    private static String readAll(InputStream in) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            read.writeBytes("<timed out>".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            read.writeBytes("<reset>".getBytes(StandardCharsets.US_ASCII));
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** One response: its headers, then as many bytes as its Content-Length says. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection closed within the response's headers: " + read);
            }
            read.write(next);
        }
        String headers = read.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(headers);
        assertThat(length.find()).as("a Content-Length in " + headers).isTrue();
        return headers + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    }

    private static JsonNode body(String answer) throws IOException {
        return JsonBodies.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
}
