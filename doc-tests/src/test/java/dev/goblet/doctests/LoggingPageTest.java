package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/logging.md followed word for word in the quickstart's project: its app and its test build and pass. */
class LoggingPageTest {
    @TempDir
    Path project;

    @Test
    void theExampleBuildsAndItsTestSeesTheJsonLines() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        Files.delete(project.resolve("src/main/java/com/example/users/UsersApi.java"));
        Files.delete(project.resolve("src/test/java/com/example/users/UsersApiTest.java"));
        DocPage page = DocPage.read("logging.md");
        assertThat(page.files()).containsOnlyKeys("src/main/java/com/example/users/Ledger.java",
                "src/test/java/com/example/users/LedgerTest.java");
        page.writeTo(project);

        MavenBuild.Result build = MavenBuild.run(project, "package");

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    }
}
