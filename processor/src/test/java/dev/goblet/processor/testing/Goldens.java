package dev.goblet.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files under {@code src/test/resources/goldens/<TestClass>/<testMethod>/}. A test compares what was generated
 * with the golden; run with {@code GOBLET_UPDATE_GOLDENS=true} to rewrite the goldens instead, then review the diff.
 */
public final class Goldens {
    private static final Path ROOT = Paths.get("src", "test", "resources", "goldens");

    private Goldens() {}

    public static void assertMatches(Class<?> test, String method, String fileName, String actual) throws IOException {
        Path golden = ROOT.resolve(test.getSimpleName()).resolve(method).resolve(fileName);
        if ("true".equalsIgnoreCase(System.getenv("GOBLET_UPDATE_GOLDENS"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s; run with GOBLET_UPDATE_GOLDENS=true to create it", golden).exists();
        assertThat(actual).as("%s differs from its golden; run with GOBLET_UPDATE_GOLDENS=true to accept", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
