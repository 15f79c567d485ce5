package dev.goblet.processor.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project folder, where {@code .chalice/config.json} is read, found from javac's class output under Maven's and
 * Gradle's layouts, or named by {@code -Agoblet.projectDir}: real javac runs writing classes to disk.
 */
class ProjectFolderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CONFIG = """
            {"stages": {"dev": {"lambda_memory_size": 1024}}}
            """;

    @TempDir
    Path project;

    @Test
    void gradleLayoutReadsTheProjectsConfigAndWritesBesideTheClasses() throws IOException {
        writeConfig(project);

        compile(project.resolve("build/classes/java/main"));

        Path dev = project.resolve("build/goblet/sam-dev.yaml");
        assertThat(dev).as("the dev stage of the project's config").isRegularFile();
        assertThat(apiHandler(dev).path("MemorySize").asInt()).isEqualTo(1024);
        assertThat(apiHandler(dev).path("CodeUri").asText()).isEqualTo("../lambda.zip");
    }

    @Test
    void mavenLayoutIsUnchanged() throws IOException {
        writeConfig(project);

        compile(project.resolve("target/classes"));

        assertThat(apiHandler(project.resolve("target/goblet/sam-dev.yaml")).path("MemorySize").asInt())
                .isEqualTo(1024);
    }

    @Test
    void theOptionNamesTheProjectWhateverTheLayout() throws IOException {
        Path elsewhere = Files.createDirectories(project.resolve("config-home"));
        writeConfig(elsewhere);

        compile(project.resolve("out/bin"), "-Agoblet.projectDir=" + elsewhere);

        assertThat(apiHandler(project.resolve("out/goblet/sam-dev.yaml")).path("MemorySize").asInt())
                .isEqualTo(1024);
    }

    @Test
    void buildFolderOfEachLayout() {
        assertThat(ConfigLocation.buildDirectoryOf(Path.of("/p/build/classes/java/main")))
                .isEqualTo(Path.of("/p/build"));
        assertThat(ConfigLocation.buildDirectoryOf(Path.of("/p/build/classes/kotlin/main")))
                .isEqualTo(Path.of("/p/build"));
        assertThat(ConfigLocation.buildDirectoryOf(Path.of("/p/target/classes"))).isEqualTo(Path.of("/p/target"));
        assertThat(ConfigLocation.buildDirectoryOf(Path.of("/classes/main/target/classes")))
                .isEqualTo(Path.of("/classes/main/target"));
    }

    private static void writeConfig(Path folder) throws IOException {
        Files.createDirectories(folder.resolve(".chalice"));
        Files.writeString(folder.resolve(".chalice/config.json"), CONFIG);
    }

    private static JsonNode apiHandler(Path template) throws IOException {
        return YAML.readTree(template.toFile()).path("Resources").path("APIHandler").path("Properties");
    }

    private void compile(Path classes, String... options) throws IOException {
        Files.createDirectories(classes);
        Path source = project.resolve("src/ShopApi.java");
        Files.createDirectories(source.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sam/good/ShopApi.java")) {
            Files.copy(in, source);
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17"));
        arguments.addAll(List.of(options));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = compiler.getTask(diagnostics, files, null, arguments, null,
                    files.getJavaFileObjectsFromFiles(List.of(source.toFile())));
            task.setProcessors(List.of(new GobletProcessor()));
            assertThat(task.call()).as("javac: %s", diagnostics).isTrue();
        }
    }
}
