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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/quickstart.md's short way, as a new user runs it: the archetype makes the very files the page shows; then
 * docs/maven-plugin.md's goals on that project: {@code goblet:invoke} prints the function's answer, and
 * {@code goblet:local} serves real HTTP until SIGTERM, after which no JVM is left.
 */
class QuickstartArchetypeTest {
    private static final String VERSION = System.getProperty("goblet.version");
    private static final String GET_ADA = """
            {"resource": "/users/{username}", "path": "/users/ada", "httpMethod": "GET",
             "headers": {"Accept": "application/json"}, "pathParameters": {"username": "ada"},
             "requestContext": {"resourcePath": "/users/{username}", "httpMethod": "GET", "stage": "api",
                                "requestId": "invoke-1", "identity": {"sourceIp": "127.0.0.1"}},
             "body": null, "isBase64Encoded": false}
            """;

    @TempDir
    static Path folder;

    private static Path project;

    @BeforeAll
    static void generateAndBuildTheQuickstartProject() throws Exception {
        MavenBuild.Result generate = MavenBuild.run(folder, "-o",
                "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate", "-DarchetypeGroupId=dev.goblet",
                "-DarchetypeArtifactId=goblet-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=com.example", "-DartifactId=users", "-Dversion=1.0.0", "-Dpackage=com.example.users");
        assertThat(generate.exitCode()).as(generate.output()).isZero();
        project = folder.resolve("users");
        Files.writeString(project.resolve("get-ada.json"), GET_ADA);
        MavenBuild.Result build = MavenBuild.run(project, "-o", "package");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    }

    @Test
    void archetypeMakesTheFilesTheQuickstartShows() throws IOException {
        for (Map.Entry<String, String> file : DocPage.read("quickstart.md").files().entrySet()) {
            assertThat(project.resolve(file.getKey())).as(file.getKey()).content(StandardCharsets.UTF_8)
                    .isEqualToIgnoringNewLines(file.getValue());
        }
        assertThat(project.resolve(".chalice/config.json")).isRegularFile();
        assertThat(project.resolve("README.md")).content().contains("mvn goblet:local");
        assertThat(project.resolve("target/goblet/sam-dev.yaml")).isRegularFile();
    }

    @Test
    void invokePrintsTheFunctionsAnswer() throws Exception {
        MavenBuild.Result invoke = MavenBuild.run(project, "-q", "goblet:invoke", "-Dfunction=api_handler",
                "-Devent=get-ada.json");

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
            String base = MavenBuild.awaitServing(maven, log);
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
}
