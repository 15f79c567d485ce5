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
 * and uses the defaults when there is none. The project folder is the one above the build folder that holds the
 * class output ({@code target/classes} in Maven), as javac's working folder need not be the module's.
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
        return Optional.of(projectDirectory(filer).map(project -> project.resolve(path)).orElse(path));
    }

    /** {@code .chalice/config.json} of the project folder, whether or not it exists; empty when unknown. */
    public static Optional<Path> projectDefault(Filer filer) throws IOException {
        return projectDirectory(filer).map(project -> project.resolve(DEFAULT_FILE));
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
        Path classes = Paths.get(uri).getParent();
        return Optional.ofNullable(classes.getParent());
    }

    /** The folder above the build folder: the project. */
    private static Optional<Path> projectDirectory(Filer filer) {
        return buildDirectory(filer).map(Path::getParent);
    }
}
