package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/tutorial.md followed word for word in an empty folder: its pom, app, records, store and test, with dynalite
 * where {@code npm install --save-dev dynalite} puts it, build offline with {@code mvn package}; the tests pass
 * against a real dynalite, the zip and the template are what the page says, and {@code mvn goblet:local
 * -Dgoblet.dynamodb=dynalite} answers the page's curl commands with the page's answers.
 */
class TutorialPageTest {
    private static final String VERSION = System.getProperty("goblet.version");
    private static final String AWS_SDK = System.getProperty("goblet.awssdkVersion");
    private static final Path NODE_MODULES = Paths.get("..", "node_modules").toAbsolutePath().normalize();

    @TempDir
    static Path project;

    private static MavenBuild.Result build;

    @BeforeAll
    static void followTheTutorialInAnEmptyFolder() throws Exception {
        boolean installed = Files.isRegularFile(NODE_MODULES.resolve("dynalite/cli.js"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("dynalite is not installed: scripts/test.sh runs 'npm ci' first");
        }
        assumeThat(installed).as("dynalite is not installed (run 'npm ci' at the repository's root)").isTrue();
        for (String artifact : List.of("goblet-framework", "goblet-processor", "goblet-testing",
                "goblet-maven-plugin")) {
            Path built = Paths.get("..", artifact.substring("goblet-".length()), "target",
                    artifact + "-" + VERSION + ".jar");
            assertThat(MavenBuild.installedJar(artifact, VERSION))
                    .as("%s of this build, installed: run 'mvn install', or -Dgoblet.fromReactor=%s", artifact,
                            artifact.substring("goblet-".length()))
                    .exists().hasSameBinaryContentAs(built);
        }
        DocPage.read("tutorial.md").writeTo(project);
        // What 'npm install --save-dev dynalite' leaves in the project, without a network: the repository's own.
        Files.createSymbolicLink(project.resolve("node_modules"), NODE_MODULES);
        build = MavenBuild.run(project, "-o", "package");
    }

    @Test
    void buildsAndItsTestsPassOnARealDynalite() {
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).as(build.output())
                .contains("-- in com.example.users.UsersApiTest")
                .contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
    }

    @Test
    void zipHoldsTheAppAndTheSdkWithItsOneHttpClientButNoTestJar() throws IOException {
        Path zip = project.resolve("target/lambda.zip");
        assertThat(zip).as(build.output()).isRegularFile();
        List<String> entries = entries(zip);
        assertThat(entries).contains("com/example/users/UsersApi.class", "com/example/users/UserStore.class",
                "com/example/users/User.class", "com/example/users/WebApiHandler.class",
                "lib/goblet-framework-" + VERSION + ".jar", "lib/dynamodb-" + AWS_SDK + ".jar",
                "lib/url-connection-client-" + AWS_SDK + ".jar");
        assertThat(entries).filteredOn(entry -> entry.startsWith("lib/"))
                .noneMatch(jar -> jar.contains("goblet-testing") || jar.contains("goblet-processor")
                        || jar.contains("junit") || jar.contains("netty") || jar.contains("apache-client")
                        || jar.contains("httpclient"));
    }

    @Test
    void templateHasTheFunctionOnTheZipItsTableAndTheThreeRoutes() throws IOException {
        Path template = project.resolve("target/goblet/sam.yaml");
        assertThat(template).as(build.output()).isRegularFile();
        JsonNode sam = new ObjectMapper(new YAMLFactory()).readTree(template.toFile());
        JsonNode function = sam.at("/Resources/APIHandler/Properties");
        assertThat(function.path("Handler").asText()).isEqualTo("com.example.users.WebApiHandler");
        assertThat(template.getParent().resolve(function.path("CodeUri").asText()).normalize())
                .isEqualTo(project.resolve("target/lambda.zip").normalize());
        assertThat(function.at("/Environment/Variables/DYNAMODB_TABLE_NAME/Ref").asText()).isEqualTo("UsersTable");
        assertThat(sam.at("/Resources/UsersTable/Type").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(sam.at("/Resources/UsersTable/Properties/KeySchema/0/AttributeName").asText())
                .isEqualTo("username");
        // The role may take the three actions the store calls, on that table only.
        JsonNode items = sam.at("/Resources/APIHandlerRole/Properties/Policies/0/PolicyDocument/Statement/0");
        assertThat(items.path("Action")).extracting(JsonNode::asText)
                .containsExactly("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem");
        assertThat(items.at("/Resource/0/Fn::GetAtt/0").asText()).isEqualTo("UsersTable");

        JsonNode openApi = new ObjectMapper().readTree(project.resolve("target/goblet/openapi.json").toFile());
        List<String> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(operations).containsExactlyInAnyOrder("POST /users", "GET /users/{username}",
                "DELETE /users/{username}");
    }

    @Test
    void gobletLocalOnDynaliteAnswersThePagesCurlCommandsAsThePageSays() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        List<CurlTranscript.Exchange> exchanges = CurlTranscript.read(Paths.get("..", "docs", "tutorial.md"));
        assertThat(exchanges).as("the page's curl commands").hasSizeGreaterThanOrEqualTo(4);
        Path log = project.resolve("local.log");
        Process maven = MavenBuild.start(project, log, "-o", "goblet:local", "-Dgoblet.dynamodb=dynalite",
                "-Dgoblet.port=0");
        try {
            String base = MavenBuild.awaitServing(maven, log);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (CurlTranscript.Exchange exchange : exchanges) {
                HttpResponse<String> answer = client.send(exchange.request(base), HttpResponse.BodyHandlers.ofString());
                String what = exchange.command() + "\n" + Files.readString(log, StandardCharsets.UTF_8);
                if (exchange.status() != 0) {
                    assertThat(answer.statusCode()).as(what).isEqualTo(exchange.status());
                }
                exchange.headers().forEach((name, value) ->
                        assertThat(answer.headers().firstValue(name)).as(what).hasValue(value));
                assertThat(answer.body().strip()).as(what).isEqualTo(exchange.body());
            }
            assertThat(Files.readString(log)).contains("Table UsersTable (UsersTable, DYNAMODB_TABLE_NAME)");

            List<ProcessHandle> started = maven.descendants().toList();
            maven.toHandle().destroy();
            assertThat(maven.waitFor(30, TimeUnit.SECONDS)).as("Maven stops on SIGTERM").isTrue();
            for (ProcessHandle process : started) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
            assertThat(started).as("the server's JVM and dynalite").noneMatch(ProcessHandle::isAlive);
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                names.add(entry.getName());
            }
            return names;
        }
    }
}
