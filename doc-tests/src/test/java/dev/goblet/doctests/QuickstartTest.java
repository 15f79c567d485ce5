package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/quickstart.md followed word for word: its pom, app and test, saved in an empty folder, make the Lambda zip
 * and the templates with {@code mvn package}, run the JUnit 5 test, and print no SLF4J line on the way.
 */
class QuickstartTest {
    private static final String VERSION = System.getProperty("goblet.version");

    @TempDir
    static Path project;

    private static MavenBuild.Result build;

    @BeforeAll
    static void buildTheQuickstartProject() throws Exception {
        for (String artifact : List.of("goblet-framework", "goblet-processor", "goblet-testing",
                "goblet-maven-plugin")) {
            Path installed = MavenBuild.installedJar(artifact, VERSION);
            Path built = Paths.get("..", artifact.substring("goblet-".length()), "target",
                    artifact + "-" + VERSION + ".jar");
            assertThat(installed).as("%s of this build, installed: run 'mvn install' (scripts/test.sh does)",
                    artifact).exists().hasSameBinaryContentAs(built);
        }
        DocPage page = DocPage.read("quickstart.md");
        assertThat(page.files()).containsOnlyKeys("pom.xml", "src/main/java/com/example/users/UsersApi.java",
                "src/test/java/com/example/users/UsersApiTest.java");
        page.writeTo(project);
        build = MavenBuild.run(project, "package");
    }

    @Test
    void buildsAndRunsTheJUnit5Test() {
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).as(build.output())
                .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
                .contains("BUILD SUCCESS");
    }

    @Test
    void compilePrintsNoSlf4jLine() {
        assertThat(build.output().lines().filter(line -> line.contains("SLF4J"))).as(build.output()).isEmpty();
    }

    @Test
    void zipHoldsTheClassesAtTheRootAndOnlyRuntimeJars() throws IOException {
        Path zip = project.resolve("target/lambda.zip");
        assertThat(zip).as(build.output()).isRegularFile();
        List<String> entries = entries(zip);
        assertThat(entries).contains("com/example/users/UsersApi.class", "com/example/users/WebApiHandler.class",
                "lib/goblet-framework-" + VERSION + ".jar");
        assertThat(entries).filteredOn(entry -> entry.startsWith("lib/"))
                .noneMatch(jar -> jar.contains("goblet-testing") || jar.contains("goblet-local")
                        || jar.contains("goblet-processor") || jar.contains("junit"));
    }

    @Test
    void templatePointsAtTheZip() throws IOException {
        Path template = project.resolve("target/goblet/sam.yaml");
        assertThat(template).as(build.output()).isRegularFile();
        JsonNode sam = new ObjectMapper(new YAMLFactory()).readTree(template.toFile());
        JsonNode function = sam.path("Resources").path("APIHandler").path("Properties");
        assertThat(function.path("Handler").asText()).isEqualTo("com.example.users.WebApiHandler");
        Path codeUri = template.getParent().resolve(function.path("CodeUri").asText()).normalize();
        assertThat(codeUri).isEqualTo(project.resolve("target/lambda.zip").normalize());
        assertThat(project.resolve("target/goblet/openapi.json")).isRegularFile();
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
