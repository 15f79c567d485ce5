package dev.goblet.processor.writing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage's environment reaches the local server through a resource beside the generated handler. */
class LocalStagesWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesEachStagesEnvironmentLeavingDeployTimeValuesOut() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"environment_variables": {"LOG_LEVEL": "info"},
                 "stages": {
                   "dev": {"environment_variables": {"TABLE": "shop-dev", "ROLE": "${param:RoleArn}",
                                                     "KEY": "${secret:CursorKey}"}},
                   "prod": {"lambda_functions": {"api_handler": {"environment_variables": {"LOG_LEVEL": "warn"}}}}
                 }}
                """);
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forResource("sam/good/ShopApi.java"));
        assertThat(compilation).succeeded();

        JavaFileObject resource = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "test/shop/ShopApiHandler.stages.json").orElseThrow();
        JsonNode stages = new ObjectMapper().readTree(resource.getCharContent(false).toString());
        assertThat(stages.path("environment")).isEqualTo(json("{\"LOG_LEVEL\": \"info\"}"));
        assertThat(stages.path("stages").path("dev").path("environment"))
                .isEqualTo(json("{\"LOG_LEVEL\": \"info\", \"TABLE\": \"shop-dev\"}"));
        assertThat(stages.path("stages").path("prod").path("environment"))
                .isEqualTo(json("{\"LOG_LEVEL\": \"warn\"}"));
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
