package dev.goblet.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Tells when the templates are older than the stage config they were written from. javac writes them, and Maven
 * runs javac only when a source changed: an edit of {@code .chalice/config.json} alone leaves the last build's
 * templates in place. Deploying those would deploy the old settings, so the goals that use them stop and say how to
 * rebuild.
 */
final class StaleTemplates {
    static final String CONFIG_FOLDER = ".chalice";
    static final String TEMPLATE = "goblet/sam.yaml";

    private StaleTemplates() {}

    /**
     * Fails when a file of {@code project/.chalice} is newer than {@code build/goblet/sam.yaml}. Nothing to compare
     * (no config folder, or templates written elsewhere with -Agoblet.outputDirectory) passes.
     */
    static void check(Path project, Path build) throws MojoFailureException {
        Path template = build.resolve(TEMPLATE);
        Optional<Path> newer = newerConfigFile(project.resolve(CONFIG_FOLDER), template);
        if (newer.isPresent()) {
            throw new MojoFailureException(project.relativize(newer.get()) + " changed after javac wrote "
                    + project.relativize(template) + ": Maven compiled nothing, as no source changed, so the"
                    + " templates do not have that change yet. Run mvn clean package (or mvn clean with this goal)"
                    + " to write them again.");
        }
    }

    static Optional<Path> newerConfigFile(Path configFolder, Path template) throws MojoFailureException {
        if (!Files.isDirectory(configFolder) || !Files.isRegularFile(template)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(configFolder)) {
            FileTime written = Files.getLastModifiedTime(template);
            return files.filter(Files::isRegularFile).filter(file -> modified(file).compareTo(written) > 0)
                    .sorted().findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoFailureException("Could not compare " + configFolder + " with " + template + ": " + e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
