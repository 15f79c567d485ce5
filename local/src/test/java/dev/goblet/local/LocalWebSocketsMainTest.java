package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.local.chat.ChatWebsocketConnectHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chat, an app of WebSocket handlers only, served from the command line as a developer starts it: named by one
 * of its entry points, each handler built as Lambda builds it, the management endpoint given to the app through
 * its environment (so the server runs in a child JVM), stopped as Ctrl-C stops it.
 */
class LocalWebSocketsMainTest {
    private static final Pattern SERVING = Pattern.compile("WebSockets on (ws://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servesTheWebSocketHandlersOfAnAppFromTheCommandLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LocalServer.class.getName(), "--handler", ChatWebsocketConnectHandler.class.getName(), "--port", "0"))
                .redirectErrorStream(true)
                .start();
        StringBuffer output = new StringBuffer();
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> collect(server, output, serving), "server-output");
        reader.start();
        try {
            URI uri = URI.create(serving.get(60, TimeUnit.SECONDS));
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            WebSocket ana = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(uri + "?nick=ana"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            received.add(data.toString());
                            socket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);

            ana.sendText("{\"action\": \"whoami\"}", true).get(5, TimeUnit.SECONDS);

            // Each handler is an app of its own, as in Lambda: the whoami function never saw ana's nick.
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("null from 127.0.0.1 since true");
            ana.sendText("hello", true).get(5, TimeUnit.SECONDS);
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo hello");
            server.toHandle().destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
            reader.join(5000);
            assertThat(output.toString()).contains("WS $connect -> websocket_connect 200",
                    "WS send", "Goblet local server stopped").doesNotContain("Serving on");
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    private static void collect(Process server, StringBuffer output, CompletableFuture<String> serving) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                Matcher matcher = SERVING.matcher(line);
                if (matcher.find()) {
                    serving.complete(matcher.group(1));
                }
            }
            serving.completeExceptionally(new IllegalStateException("The server ended:\n" + output));
        } catch (java.io.IOException e) {
            serving.completeExceptionally(e);
        }
    }
}
