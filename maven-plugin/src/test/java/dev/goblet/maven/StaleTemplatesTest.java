package dev.goblet.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleTemplatesTest {
    private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path project;

    @Test
    void aConfigEditedAfterTheBuildStopsTheGoalAndSaysHowToRebuild() throws IOException {
        Path template = file("target/goblet/sam.yaml", BUILT);
        file(".chalice/config.json", BUILT.minusSeconds(60));
        file(".chalice/policy-dev.json", BUILT.plusSeconds(5));

        assertThatThrownBy(() -> StaleTemplates.check(project, project.resolve("target")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(".chalice/policy-dev.json changed after javac wrote target/goblet/sam.yaml")
                .hasMessageContaining("Run mvn clean package");
        Files.setLastModifiedTime(template, FileTime.from(BUILT.plusSeconds(10)));
        assertThatCode(() -> StaleTemplates.check(project, project.resolve("target"))).doesNotThrowAnyException();
    }

    @Test
    void withoutAConfigFolderOrTemplatesThereIsNothingToCompare() throws IOException {
        assertThatCode(() -> StaleTemplates.check(project, project.resolve("target"))).doesNotThrowAnyException();
        file(".chalice/config.json", BUILT);
        assertThatCode(() -> StaleTemplates.check(project, project.resolve("target")))
                .as("templates written elsewhere, or not yet").doesNotThrowAnyException();
    }

    private Path file(String name, Instant modified) throws IOException {
        Path path = project.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "{}");
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
