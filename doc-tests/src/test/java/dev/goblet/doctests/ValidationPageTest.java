package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/validation.md followed word for word in the quickstart's project: the dependency it adds, its app and its
 * test build, the test passes (each constraint's 400, every answer checked against the document), and the document
 * states the constraints as the page says.
 */
class ValidationPageTest {
    @TempDir
    Path project;

    @Test
    void theExampleBuildsItsTestPassesAndItsDocumentStatesTheRules() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        Files.delete(project.resolve("src/main/java/com/example/users/UsersApi.java"));
        Files.delete(project.resolve("src/test/java/com/example/users/UsersApiTest.java"));
        DocPage page = DocPage.read("validation.md");
        assertThat(page.files()).containsOnlyKeys("src/main/java/com/example/users/Signups.java",
                "src/test/java/com/example/users/SignupsTest.java");
        page.writeTo(project);
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("jakarta.validation-api");

        MavenBuild.Result build = MavenBuild.run(project, "package");

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(project.resolve("target/goblet/openapi.yaml").toFile());
        JsonNode signup = document.at("/components/schemas/Signup/properties");
        assertThat(signup.at("/username/pattern").asText()).isEqualTo("^(?:[a-z0-9_]{3,16})$");
        assertThat(signup.at("/age/minimum").asInt()).isEqualTo(13);
        assertThat(document.at("/paths/~1signups/get/responses").has("400")).isTrue();
    }
}
