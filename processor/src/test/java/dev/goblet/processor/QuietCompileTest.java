package dev.goblet.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's compile prints nothing of Goblet's libraries: javac runs in a process of its own, as Maven runs it, with
 * the processor path a user's build resolves (the processor's classes and its runtime dependencies, listed by the
 * build in {@code target/processor-path.txt}), so that what the libraries print to the console is seen.
 */
class QuietCompileTest {
    private static final Path PROCESSOR_PATH = Paths.get("target", "processor-path.txt");

    @TempDir
    Path dir;

    @Test
    void compilingAnAppPrintsNoSlf4jLines() throws Exception {
        String path = Paths.get("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(PROCESSOR_PATH).trim();
        Path source = Paths.get("src", "test", "resources", "sam", "good", "ShopApi.java").toAbsolutePath();
        Path javac = Paths.get(System.getProperty("java.home"), "bin", "javac");
        Process process = new ProcessBuilder(List.of(javac.toString(), "-processorpath", path, "-classpath", path,
                "-d", dir.resolve("classes").toString(), "-Agoblet.outputDirectory=" + dir.resolve("out"),
                source.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(dir.resolve("out/openapi.yaml")).as("swagger-core wrote the document, so SLF4J was started")
                .exists();
        assertThat(output.lines()).as(output).noneMatch(line -> line.contains("SLF4J"));
    }

    @Test
    void theProcessorPathIsTheBuildsOwn() throws IOException {
        assertThat(Files.readString(PROCESSOR_PATH)).contains("swagger-core", "slf4j-api", "slf4j-nop");
    }
}
