package dev.goblet.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What the test kit's extensions do when a server they start is not installed: skip the class's tests saying how to
 * install it, or fail where the environment variable {@code CI} is {@code true}, since a CI build must not pass by
 * testing nothing.
 */
final class InstalledTools {
    private InstalledTools() {}

    /** Skips when {@code found} is empty, or fails when {@code ci} is {@code true}; {@code howToInstall} says why. */
    static void require(Optional<Path> found, String howToInstall, String tool, String ci) {
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(ci)) {
                throw new IllegalStateException(howToInstall + " (CI=true: a missing " + tool + " fails the build)");
            }
            Assumptions.abort(howToInstall);
        }
    }
}
