package dev.goblet.processor.config;

import dev.goblet.processor.GobletOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the stage config is. The option {@code goblet.config} names the file (a relative path counts from the
 * project folder); without it Goblet reads {@code .chalice/config.json} of the project folder when there is one,
 * and uses the defaults when there is none. The project folder is the option {@code goblet.projectDir} when set,
 * else the one above the build folder that holds the class output: {@code target/classes} in Maven,
 * {@code build/classes/java/main} in Gradle. javac's working folder need not be the module's, and under Gradle it
 * is not.
 */
public final class ConfigLocation {
    /** Chalice's place for the config, relative to the project. */
    public static final String DEFAULT_FILE = ".chalice/config.json";

    private ConfigLocation() {}

    /** The file the option names, resolved; empty when the option is not set. */
    public static Optional<Path> configured(GobletOptions options, Filer filer) throws IOException {
        if (options.config().isEmpty()) {
            return Optional.empty();
        }
        Path path = Paths.get(options.config().get());
        if (path.isAbsolute()) {
            return Optional.of(path);
        }
        return Optional.of(projectDirectory(options, filer).map(project -> project.resolve(path)).orElse(path));
    }

    /** {@code .chalice/config.json} of the project folder, whether or not it exists; empty when unknown. */
    public static Optional<Path> projectDefault(GobletOptions options, Filer filer) throws IOException {
        return projectDirectory(options, filer).map(project -> project.resolve(DEFAULT_FILE));
    }

    /** The folder above the class output ({@code target}); empty when classes are not written to disk. */
    public static Optional<Path> buildDirectory(Filer filer) {
        URI uri;
        try {
            FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "goblet-config-probe");
            uri = probe.toUri();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"file".equals(uri.getScheme())) {
            return Optional.empty();
        }
        return Optional.ofNullable(buildDirectoryOf(Paths.get(uri).getParent()));
    }

    /**
     * The build folder of a class output folder: Gradle's {@code build/classes/<language>/<source set>} is three
     * levels below it, Maven's {@code target/classes} (and anything else) one.
     */
    public static Path buildDirectoryOf(Path classes) {
        Path language = classes.getParent();
        Path classesFolder = language == null ? null : language.getParent();
        boolean gradle = classesFolder != null && classesFolder.getFileName() != null
                && classesFolder.getFileName().toString().equals("classes")
                && GRADLE_LANGUAGES.contains(language.getFileName().toString());
        return gradle ? classesFolder.getParent() : classes.getParent();
    }

    private static final java.util.Set<String> GRADLE_LANGUAGES = java.util.Set.of("java", "kotlin", "groovy",
            "scala");

    /** The option's folder (relative to javac's working folder), else the folder above the build folder. */
    private static Optional<Path> projectDirectory(GobletOptions options, Filer filer) {
        if (options.projectDir().isPresent()) {
            return Optional.of(Paths.get(options.projectDir().get()).toAbsolutePath());
        }
        return buildDirectory(filer).map(Path::getParent);
    }
}
