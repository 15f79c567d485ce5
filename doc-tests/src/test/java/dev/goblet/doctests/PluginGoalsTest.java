package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/maven-plugin.md's {@code goblet:invoke} and {@code goblet:local} on the quickstart's project, run as its user
 * runs them: invoke prints the function's answer; local serves real HTTP until SIGTERM, and then no JVM is left.
 */
class PluginGoalsTest {
    private static final Pattern SERVING = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+)");
    private static final String GET_ADA = """
            {"resource": "/users/{username}", "path": "/users/ada", "httpMethod": "GET",
             "headers": {"Accept": "application/json"}, "pathParameters": {"username": "ada"},
             "requestContext": {"resourcePath": "/users/{username}", "httpMethod": "GET", "stage": "api",
                                "requestId": "invoke-1", "identity": {"sourceIp": "127.0.0.1"}},
             "body": null, "isBase64Encoded": false}
            """;

    @TempDir
    static Path project;

    @BeforeAll
    static void buildTheQuickstartProject() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        Files.writeString(project.resolve("get-ada.json"), GET_ADA);
        MavenBuild.Result build = MavenBuild.run(project, "package", "-DskipTests");
        assertThat(build.exitCode()).as(build.output()).isZero();
    }

    @Test
    void invokePrintsTheFunctionsAnswer() throws Exception {
        MavenBuild.Result invoke = MavenBuild.run(project, "-q", "goblet:invoke", "-Dgoblet.function=api_handler",
                "-Dgoblet.event=get-ada.json");

        assertThat(invoke.exitCode()).as(invoke.output()).isZero();
        assertThat(invoke.output()).contains("\"statusCode\":404")
                .contains("{\\\"Code\\\":\\\"NotFoundError\\\",\\\"Message\\\":\\\"No user ada\\\"}");
    }

    @Test
    void invokeNamesTheFunctionsWhenTheNameIsWrong() throws Exception {
        MavenBuild.Result invoke = MavenBuild.run(project, "goblet:invoke", "-Dgoblet.function=api-handler",
                "-Dgoblet.event=get-ada.json");

        assertThat(invoke.exitCode()).isNotZero();
        assertThat(invoke.output()).contains("No function 'api-handler' in the module: name one of api_handler");
    }

    @Test
    void localServesUntilSigtermAndLeavesNoJvm() throws Exception {
        Path log = project.resolve("local.log");
        Process maven = MavenBuild.start(project, log, "goblet:local", "-Dgoblet.port=0");
        try {
            String base = awaitServing(maven, log);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/users"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ada\",\"email\":\"ada@example.com\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + "/users/ada")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(read.body()).isEqualTo("{\"username\":\"ada\",\"email\":\"ada@example.com\"}");

            List<ProcessHandle> jvms = maven.descendants().toList();
            assertThat(jvms).as("Maven runs the server in a JVM of its own").isNotEmpty();
            maven.toHandle().destroy();

            assertThat(maven.waitFor(30, TimeUnit.SECONDS)).as("Maven stops on SIGTERM").isTrue();
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().get(30, TimeUnit.SECONDS);
            }
            assertThat(jvms).noneMatch(ProcessHandle::isAlive);
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/users/ada"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    /** The server's address once it prints it; fails with Maven's output when Maven ends first. */
    private static String awaitServing(Process maven, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher serving = SERVING.matcher(output);
            if (serving.find()) {
                return serving.group(1);
            }
            if (!maven.isAlive()) {
                throw new AssertionError("goblet:local ended without serving:\n" + output);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("goblet:local did not serve within 3 minutes:\n" + Files.readString(log));
    }
}
