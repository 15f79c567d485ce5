package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.sample.SampleApp;
import dev.goblet.sample.SampleAppHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Starts the server as a developer does, from its command line in a JVM of its own, and stops it as Ctrl-C does
 * (SIGTERM runs the same shutdown hooks as SIGINT).
 */
class LocalServerMainTest {
    private static final Pattern SERVING = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void servesFromTheCommandLineWithItsEnvironmentAndStopsCleanly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LocalServer.class.getName(), "--handler", SampleAppHandler.class.getName(), "--port", "0",
                "--stage", "dev", "--env", SampleApp.GREETING_VARIABLE + "=hello from the command line"))
                .redirectErrorStream(true)
                .start();
        // The output is collected as it comes, and SIGTERM sent through the process handle, which (unlike
        // Process.destroy) leaves the streams open to read the last lines.
        StringBuffer output = new StringBuffer();
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> collect(server, output, serving), "server-output");
        reader.start();
        try {
            String base = serving.get(30, TimeUnit.SECONDS);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/env")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"greeting\":\"hello from the command line\"}");
            server.toHandle().destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
            reader.join(5000);
            assertThat(output.toString()).contains("GET /env 200").contains("Goblet local server stopped");
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    @Test
    void refusesAMissingHandlerWithUsage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LocalServer.class.getName(), "--port", "0"))
                .redirectErrorStream(true)
                .start();
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(output).contains("Name the app's handler with --handler <class>", "Usage:");
    }

    /** Reads the server's output to its end; completes {@code serving} with its address once it says it. */
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
        } catch (java.io.IOException e) {
            output.append("(output closed: ").append(e.getMessage()).append(")\n");
        } finally {
            serving.completeExceptionally(new AssertionError("The server ended without serving:\n" + output));
        }
    }
}
