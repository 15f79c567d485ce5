package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn goblet:local -Dgoblet.dynamodb=dynalite} in example-users, as docs/maven-plugin.md says: the users table
 * is made on a dynalite started with the server, the walkthrough's curl commands get their answers, and SIGTERM to
 * Maven leaves no JVM and no dynalite behind.
 */
class ExampleUsersLocalTest {
    private static final Path EXAMPLE = Path.of("..", "example-users").toAbsolutePath().normalize();

    @TempDir
    Path logs;

    @Test
    void servesTheWalkthroughsRequestsOnADynaliteAndStopsEverything() throws Exception {
        boolean installed = Files.isRegularFile(EXAMPLE.resolve("../node_modules/dynalite/cli.js"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("dynalite is not installed: scripts/test.sh runs 'npm ci' first");
        }
        assumeThat(installed).as("dynalite is not installed (run 'npm ci' at the repository's root)").isTrue();
        Path log = logs.resolve("local.log");
        Process maven = MavenBuild.start(EXAMPLE, log, "-o", "goblet:local", "-Dgoblet.dynamodb=dynalite",
                "-Dgoblet.port=0");
        try {
            String base = MavenBuild.awaitServing(maven, log);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String john = "{\"username\":\"john\", \"email\":\"john@example.com\"}";
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/users"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(john))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + "/users/john"))
                    .header("Content-Type", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(created.statusCode()).as(Files.readString(log)).isEqualTo(201);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"username\":\"john\"").contains("\"email\":\"john@example.com\"");
            assertThat(Files.readString(log)).contains("Table UsersTable (UsersTable, DYNAMODB_TABLE_NAME)");

            List<ProcessHandle> started = maven.descendants().toList();
            assertThat(started).as("the server's JVMs and dynalite").hasSizeGreaterThanOrEqualTo(2);
            maven.toHandle().destroy();
            assertThat(maven.waitFor(30, TimeUnit.SECONDS)).as("Maven stops on SIGTERM").isTrue();
            for (ProcessHandle process : started) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
            assertThat(started).noneMatch(ProcessHandle::isAlive);
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }
}
