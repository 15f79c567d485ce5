package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.goblet.sample.SampleAppHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the docs page of a running local server in headless Chromium and reads the page Swagger UI rendered: the
 * app's routes must be on it. Needs Debian's {@code chromium} package; without it this one test is skipped, saying so.
 */
class DocsPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path profile;

    @Test
    void docsPageShowsTheAppsRoutes() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Skipped: no browser at " + CHROMIUM
                + "; install Debian's chromium package (apt-get install -y chromium) to run this browser check");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LocalServer server = LocalServer.start(new SampleAppHandler(),
                ServerOptions.defaults().withPort(0).withLog(new PrintStream(log, true, StandardCharsets.UTF_8)))) {
            String dom = renderedDom(server.uri() + "/docs");

            assertThat(dom).contains("swagger-ui");
            assertThat(dom).contains("/users/{username}", "/hello", "/users");
            assertThat(dom).contains("Reads a user", "Deletes a user", "Creates a user");
            // The page's scripts and styles came from this server, not from the network.
            assertThat(log.toString(StandardCharsets.UTF_8))
                    .contains("GET /docs/swagger-ui/swagger-ui-bundle.js 200", "GET /openapi.json 200");
        }
    }

    private String renderedDom(String url) throws Exception {
        Path out = profile.resolve("dom.html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=10000", "--dump-dom", url))
                .redirectOutput(out.toFile())
                .redirectError(profile.resolve("chromium.log").toFile())
                .start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s; its log: "
                    + Files.readString(profile.resolve("chromium.log")));
        }
        assertThat(chromium.exitValue()).as("chromium's exit code; its log: %s",
                Files.readString(profile.resolve("chromium.log"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
