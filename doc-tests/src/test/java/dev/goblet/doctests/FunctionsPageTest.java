package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/functions.md followed word for word in the quickstart's project: its app of event functions and its test
 * build, the test passes, and the template has one function per method with its event source.
 */
class FunctionsPageTest {
    @TempDir
    Path project;

    @Test
    void theExampleBuildsItsTestPassesAndItsTemplateHasEveryFunction() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        // The page's app stands alone: the quickstart's own app and test make way for it.
        Files.delete(project.resolve("src/main/java/com/example/users/UsersApi.java"));
        Files.delete(project.resolve("src/test/java/com/example/users/UsersApiTest.java"));
        DocPage page = DocPage.read("functions.md");
        assertThat(page.files()).containsOnlyKeys("src/main/java/com/example/users/Workers.java",
                "src/test/java/com/example/users/WorkersTest.java");
        page.writeTo(project);

        MavenBuild.Result build = MavenBuild.run(project, "package");

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
        JsonNode sam = new ObjectMapper(new YAMLFactory()).readTree(project.resolve("target/goblet/sam.yaml").toFile());
        List<String> resources = new ArrayList<>();
        sam.path("Resources").fieldNames().forEachRemaining(resources::add);
        // Each function runs as a role of its own, <Id>Role, with only what it needs.
        assertThat(resources).containsExactlyInAnyOrder("SendWelcomeMail", "SendWelcomeMailRole", "OnUserEvent",
                "OnUserEventRole", "PurgeUnverifiedUsers", "PurgeUnverifiedUsersRole", "ResizeAvatar",
                "ResizeAvatarRole", "OnUserVerified", "OnUserVerifiedRole", "CountNames", "CountNamesRole",
                "ExampleAvatarsUploadBucket");
        assertThat(sam.at("/Resources/ResizeAvatar/Properties/Events/ResizeAvatarS3Event/Properties/Bucket/Ref")
                .asText()).isEqualTo("ExampleAvatarsUploadBucket");
        assertThat(sam.at("/Resources/OnUserVerified/Properties/Events/OnUserVerifiedEvent/Properties/Pattern/source/0")
                .asText()).isEqualTo("users.service");
        assertThat(sam.at("/Resources/SendWelcomeMail/Properties/Events/SendWelcomeMailSqsEventSource/Type")
                .asText()).isEqualTo("SQS");
        assertThat(sam.at("/Resources/PurgeUnverifiedUsers/Properties/Events/PurgeUnverifiedUsersEvent"
                + "/Properties/Schedule").asText()).isEqualTo("rate(1 day)");
    }
}
