package dev.goblet.processor.writing;

import dev.goblet.function.AppResources;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the build's documents go: the SAM templates and the OpenAPI document, under {@code target/goblet/} by
 * default. Set the processor option {@code goblet.outputDirectory} to choose another folder.
 *
 * <p>Documents that the running app needs too (the OpenAPI document, for the local server's docs page) are also
 * written as class-output resources under {@code META-INF/goblet/<app-name>/}, so they ship in the jar.
 */
public final class OutputDirectory {
    public static final String OPTION = "goblet.outputDirectory";

    private final Path directory;
    private final Filer filer;

    private OutputDirectory(Path directory, Filer filer) {
        this.directory = directory;
        this.filer = filer;
    }

    /**
     * The folder named by the option, or {@code goblet/} beside the class output ({@code target/goblet}). When the
     * class output is not a folder on disk (an in-memory compiler), documents become class-output resources under
     * {@code goblet/} instead.
     */
    public static OutputDirectory of(Map<String, String> options, Filer filer) throws IOException {
        String configured = options.get(OPTION);
        if (configured != null && !configured.isBlank()) {
            return new OutputDirectory(Paths.get(configured), filer);
        }
        URI classes = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "goblet-output-probe").toUri();
        if (!"file".equals(classes.getScheme())) {
            return new OutputDirectory(null, filer);
        }
        return new OutputDirectory(Paths.get(classes).getParent().resolveSibling("goblet"), filer);
    }

    /** The folder on disk, or empty when documents go to the class output instead. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Writes {@code text} to {@code fileName} in the output folder, replacing an older copy. */
    public void write(String fileName, String text) throws IOException {
        if (directory == null) {
            writeText(filer.createResource(StandardLocation.CLASS_OUTPUT, "", "goblet/" + fileName), text);
            return;
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    /** Writes {@code text} as the class-output resource {@code META-INF/goblet/<appName>/<fileName>}. */
    public void writeResource(String appName, String fileName, String text) throws IOException {
        writeClassResource(AppResources.folder(appName) + fileName, text);
    }

    /** Writes {@code text} as the class-output resource at {@code path}. */
    public void writeClassResource(String path, String text) throws IOException {
        writeText(filer.createResource(StandardLocation.CLASS_OUTPUT, "", path), text);
    }

    private static void writeText(FileObject file, String text) throws IOException {
        try (Writer writer = file.openWriter()) {
            writer.write(text);
        }
    }
}
