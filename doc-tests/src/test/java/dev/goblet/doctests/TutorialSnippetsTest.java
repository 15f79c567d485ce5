package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/tutorial.md and {@code doc-tests/tutorial/}, the project it builds, say the same: each file the page tells the
 * reader to save is that project's file, character for character, and the project has no file the page leaves out.
 * Edit both together; {@link TutorialPageTest} builds what the page says.
 */
class TutorialSnippetsTest {
    /** The tutorial's project, as a reader has it once the page is followed (its build output aside). */
    static final Path PROJECT = Paths.get("tutorial").toAbsolutePath();

    @Test
    void everySnippetTheReaderSavesIsTheProjectsFileAndTheProjectHasNoOther() throws IOException {
        Map<String, String> snippets = DocPage.read("tutorial.md").files();

        assertThat(snippets).containsOnlyKeys(projectFiles());
        for (Map.Entry<String, String> snippet : snippets.entrySet()) {
            assertThat(snippet.getValue())
                    .as("the snippet of docs/tutorial.md for %s, against doc-tests/tutorial/%s", snippet.getKey(),
                            snippet.getKey())
                    .isEqualTo(Files.readString(PROJECT.resolve(snippet.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePomNamesTheVersionsThisBuildUses() throws IOException {
        // The tutorial's project is built offline, on what this build put in the local repository.
        String pom = Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8);

        assertThat(pom).contains("<goblet.version>" + System.getProperty("goblet.version") + "</goblet.version>")
                .contains("<artifactId>bom</artifactId>\n                <version>"
                        + System.getProperty("goblet.awssdkVersion") + "</version>")
                .contains("<artifactId>junit-jupiter</artifactId>\n            <version>"
                        + System.getProperty("goblet.junitVersion") + "</version>");
    }

    /** The project's files, as paths with '/', leaving out what a build or npm leaves there. */
    private static List<String> projectFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> PROJECT.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.startsWith("target/") && !file.startsWith("node_modules/"))
                    .sorted()
                    .toList();
        }
    }
}
