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
 * docs/forms.md followed word for word in the quickstart's project: its app and its test build, the test passes
 * (a url-encoded record, a multipart upload, a 400 and a 413, every answer checked against the document), and the
 * document and the template declare what the page says.
 */
class FormsPageTest {
    @TempDir
    Path project;

    @Test
    void theExampleBuildsItsTestPassesAndTheDocumentDeclaresTheForm() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        Files.delete(project.resolve("src/main/java/com/example/users/UsersApi.java"));
        Files.delete(project.resolve("src/test/java/com/example/users/UsersApiTest.java"));
        DocPage page = DocPage.read("forms.md");
        assertThat(page.files()).containsOnlyKeys("src/main/java/com/example/users/Profiles.java",
                "src/test/java/com/example/users/ProfilesTest.java");
        page.writeTo(project);

        MavenBuild.Result build = MavenBuild.run(project, "package");

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode document = yaml.readTree(project.resolve("target/goblet/openapi.yaml").toFile());
        JsonNode upload = document.at("/paths/~1avatars/post/requestBody/content/multipart~1form-data/schema");
        assertThat(upload.at("/properties/avatar/format").asText()).isEqualTo("binary");
        assertThat(document.at("/paths/~1signups/post/requestBody/content")
                .has("application/x-www-form-urlencoded")).isTrue();
        JsonNode template = yaml.readTree(project.resolve("target/goblet/sam.yaml").toFile());
        assertThat(template.at("/Resources/RestAPI/Properties/BinaryMediaTypes")
                .toString()).contains("multipart~1form-data");
    }
}
