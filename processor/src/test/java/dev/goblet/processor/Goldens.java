package dev.goblet.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Expected outputs kept under {@code src/test/resources/goldens/<TestClass>/<testMethod>/}. Set the environment
 * variable {@code GOBLET_UPDATE_GOLDENS=true} to rewrite them from what the processor writes now; otherwise a
 * difference fails the test.
 */
public final class Goldens {
    private static final Path ROOT = Paths.get("src/test/resources/goldens");

    private Goldens() {}

    public static void assertMatches(String testClass, String testMethod, String fileName, String actual)
            throws IOException {
        Path golden = ROOT.resolve(testClass).resolve(testMethod).resolve(fileName);
        if ("true".equals(System.getenv("GOBLET_UPDATE_GOLDENS"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (GOBLET_UPDATE_GOLDENS=true writes it)", golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
