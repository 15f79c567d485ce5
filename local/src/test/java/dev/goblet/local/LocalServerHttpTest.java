package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.JsonBodies;
import dev.goblet.local.spelling.SpellingAppHandler;
import dev.goblet.sample.SampleAppHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP layer under the gateway, over raw sockets so that each request and answer is exactly the bytes on the
 * wire: header names as written both ways, Chalice's JSON for every request the server refuses itself, the limits
 * on slow clients and header size, TCP_NODELAY.
 */
class LocalServerHttpTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static LocalServer server;
    private static LocalServer sample;

    @BeforeAll
    static void start() throws IOException {
        ServerOptions options = ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(LOG, true, StandardCharsets.UTF_8));
        server = LocalServer.start(new SpellingAppHandler(), options);
        sample = LocalServer.start(new SampleAppHandler(), options);
    }

    @AfterAll
    static void stop() {
        server.close();
        sample.close();
    }

    @Test
    void writesHeaderNamesAsTheFunctionSpelledThem() throws Exception {
        String answer = exchange(server, get(server, "/spelled"));
        String head = answer.substring(0, answer.indexOf("\r\n\r\n") + 2);

        assertThat(head).startsWith("HTTP/1.1 200").contains("\r\nContent-Type: text/plain\r\n")
                .containsPattern("\r\nX-Request-Id: [0-9a-f-]{36}\r\n").contains("\r\ncache-control: no-store\r\n");
        assertThat(head.toLowerCase()).as("no header names the server").doesNotContain("\r\nserver:")
                .doesNotContain("x-powered-by");
    }

    @Test
    void passesHeaderNamesToTheFunctionAsTheClientSpelledThem() throws Exception {
        String answer = exchange(server, "GET /names HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\naccept: */*\r\nx-lower: 1\r\nX-MiXeD-Case: 1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(body(answer).toString()).contains("\"accept\"", "\"x-lower\"", "\"X-MiXeD-Case\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /users/%E0%A4%A HTTP/1.1", "GET /users/%C3%28 HTTP/1.1",
        "G@T /hello HTTP/1.1", "GET /hello HTTP/1.1 extra", "GET /a b HTTP/1.1", "GET /%00 HTTP/1.1"})
    void answersAMalformedRequestLineWithChalicesBody(String line) throws Exception {
        String answer = exchange(sample, line + "\r\nHost: 127.0.0.1:" + sample.port() + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).as(line).startsWith("HTTP/1.1 400");
        assertRefusedInChalicesShape(answer);
    }

    @Test
    void answersAnUnknownHttpVersionWithChalicesBody() throws Exception {
        String answer = exchange(sample, "GET /hello HTTP/9.9\r\nHost: 127.0.0.1:" + sample.port() + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 505");
        assertRefusedInChalicesShape(answer);
    }

    @Test
    void answersAMalformedQueryWithChalicesBody() throws Exception {
        String answer = exchange(sample, get("/echo?count=%zz"));

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertRefusedInChalicesShape(answer);
        assertThat(body(answer).get("Message").asText()).contains("query");
    }

    @Test
    void takesHeadersUpTo64KilobytesAndRefusesMoreWith431() throws Exception {
        String big = exchange(sample, "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + sample.port() + "\r\nX-Big: "
                + "a".repeat(60 * 1024) + "\r\nConnection: close\r\n\r\n");
        String tooBig = exchange(sample, "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + sample.port() + "\r\nX-Big: "
                + "a".repeat(JettyServer.REQUEST_HEADER_BYTES) + "\r\nConnection: close\r\n\r\n");

        assertThat(big).startsWith("HTTP/1.1 200");
        assertThat(tooBig).startsWith("HTTP/1.1 431");
        assertRefusedInChalicesShape(tooBig);
        assertThat(body(tooBig).get("Message").asText()).contains("65536 bytes");
    }

    @Test
    void servesOthersWhileAClientSendsAByteASecondAndCutsItOffAfterTheRequestTime() throws Exception {
        System.setProperty(LocalServer.REQUEST_SECONDS_PROPERTY, "2");
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (LocalServer quick = LocalServer.start(new SampleAppHandler(), ServerOptions.defaults().withPort(0)
                .withThreads(1).withLog(new PrintStream(OutputStream.nullOutputStream())));
                Socket headers = new Socket(InetAddress.getLoopbackAddress(), quick.port());
                Socket body = new Socket(InetAddress.getLoopbackAddress(), quick.port())) {
            headers.getOutputStream().write(("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + quick.port() + "\r\nX-Slow: ")
                    .getBytes(StandardCharsets.US_ASCII));
            body.getOutputStream().write(("POST /users HTTP/1.1\r\nHost: 127.0.0.1:" + quick.port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            long begin = System.nanoTime();
            trickle.scheduleAtFixedRate(() -> List.of(headers, body).forEach(LocalServerHttpTest::sendOneByte), 1, 1,
                    TimeUnit.SECONDS);

            List<Long> millis = new ArrayList<>();
            while (System.nanoTime() - begin < 1_500_000_000L) {
                long start = System.nanoTime();
                assertThat(exchange(quick, get(quick, "/hello"))).startsWith("HTTP/1.1 200");
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            headers.setSoTimeout(4000);
            body.setSoTimeout(4000);
            String cutHeaders = readAll(headers.getInputStream());
            String cutBody = readAll(body.getInputStream());
            long cutAfter = (System.nanoTime() - begin) / 1_000_000;

            assertThat(millis).as("milliseconds of each request beside the slow clients").isNotEmpty()
                    .allMatch(ms -> ms < 1000);
            assertThat(cutHeaders).as("a client trickling its headers is cut off").isEmpty();
            assertThat(cutBody).as("a client trickling its body is cut off").isEmpty();
            assertThat(cutAfter).as("milliseconds until both are cut off").isBetween(1500L, 4500L);
        } finally {
            trickle.shutdownNow();
            System.clearProperty(LocalServer.REQUEST_SECONDS_PROPERTY);
        }
    }

    @Test
    void givesTheAppAsLongAsItTakesToAnswer() throws Exception {
        System.setProperty(LocalServer.REQUEST_SECONDS_PROPERTY, "1");
        try (LocalServer quick = LocalServer.start(new SpellingAppHandler(), ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(OutputStream.nullOutputStream())))) {
            String answer = exchange(quick, get(quick, "/slow?millis=2500"));

            assertThat(answer).as("an answer after more than twice the request time").startsWith("HTTP/1.1 200")
                    .endsWith("slept\"");
        } finally {
            System.clearProperty(LocalServer.REQUEST_SECONDS_PROPERTY);
        }
    }

    @Test
    void closesAConnectionThatSendsNothingAfterTheRequestTime() throws Exception {
        System.setProperty(LocalServer.REQUEST_SECONDS_PROPERTY, "1");
        try (LocalServer quick = LocalServer.start(new SampleAppHandler(), ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(OutputStream.nullOutputStream())));
                Socket silent = new Socket(InetAddress.getLoopbackAddress(), quick.port())) {
            silent.setSoTimeout(5000);
            long begin = System.nanoTime();

            assertThat(readAll(silent.getInputStream())).isEmpty();
            assertThat((System.nanoTime() - begin) / 1_000_000).isBetween(500L, 3000L);
        } finally {
            System.clearProperty(LocalServer.REQUEST_SECONDS_PROPERTY);
        }
    }

    @Test
    void refusesARequestTimeThatIsNotAWholeNumberOfSeconds() {
        System.setProperty(LocalServer.REQUEST_SECONDS_PROPERTY, "soon");
        try {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(LocalServer::requestTime)
                    .withMessageContaining("goblet.local.requestSeconds").withMessageContaining("soon");
        } finally {
            System.clearProperty(LocalServer.REQUEST_SECONDS_PROPERTY);
        }
    }

    @Test
    void setsTcpNoDelayOnEveryConnection() throws Exception {
        // The accepted socket's own option, as the handler of a server set up as the local server's finds it.
        Handler tellsNoDelay = new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) throws Exception {
                SocketChannel channel = (SocketChannel) request.getConnectionMetaData().getConnection().getEndPoint()
                        .getTransport();
                response.write(true, ByteBuffer.wrap(String.valueOf(channel.getOption(StandardSocketOptions.TCP_NODELAY))
                        .getBytes(StandardCharsets.US_ASCII)), callback);
                return true;
            }
        };
        Server jetty = JettyServer.start(InetAddress.getLoopbackAddress(), 0, port -> tellsNoDelay, "nodelay-test",
                Duration.ofSeconds(5), new PrintStream(OutputStream.nullOutputStream()));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), JettyServer.port(jetty))) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 200").endsWith("\r\n\r\ntrue");
        } finally {
            JettyServer.stop(jetty, Duration.ZERO);
        }
    }

    /** A 4xx or 5xx as API Gateway's default gateway responses give it, and nothing that names the server. */
    private static void assertRefusedInChalicesShape(String answer) throws IOException {
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        assertThat(head).containsIgnoringCase("\r\nContent-Type: application/json");
        JsonNode body = body(answer);
        assertThat(body.get("Code").asText()).isEqualTo("BadRequestError");
        assertThat(body.get("Message").asText()).isNotBlank();
        assertThat(body.size()).as("only Code and Message").isEqualTo(2);
        assertThat(answer).doesNotContainIgnoringCase("jetty").doesNotContain("Exception")
                .doesNotContain("org.eclipse").doesNotContain("java.").doesNotContainIgnoringCase("<html");
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    private static String get(String path) {
        return get(sample, path);
    }

    private static String get(LocalServer target, String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + target.port() + "\r\nConnection: close\r\n\r\n";
    }

    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write('x');
        } catch (IOException e) {
            // Cut off by the server: what the test waits for.
        }
    }

    private static String exchange(LocalServer target, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), target.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readAll(socket.getInputStream());
        }
    }

    /** What the server sent until it closed the connection; a reset ends it as well, a timeout is marked. */
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
            // A reset: the connection is cut.
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode body(String answer) throws IOException {
        return JsonBodies.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
}
