package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.TemplateChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API's binary media types: Chalice's list, then {@code @App(binaryTypes)}, then the routes' non-text
 * content types, in {@code RestAPI.BinaryMediaTypes} as SAM writes them and beside the handler for the local
 * server; a type that is none is a compile error on the attribute.
 */
class BinaryTypesTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void theListHoldsChalicesTheAppsAndTheRoutesBinaryTypes() throws IOException {
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.codeUri=../lambda.zip"))
                .compile(SamTemplateWriterTest.source("good/FilesApp.java"));
        assertThat(compilation).succeededWithoutWarnings();

        JsonNode api = YAML.readTree(dir.resolve("out/sam.yaml").toFile()).at("/Resources/RestAPI/Properties");
        List<String> types = new ArrayList<>();
        api.path("BinaryMediaTypes").forEach(type -> types.add(type.asText()));
        assertThat(types).startsWith("application~1octet-stream", "application~1x-tar");
        assertThat(types).endsWith("application~1pdf", "font~1*", "image~1webp");
        assertThat(types).as("image/png is Chalice's already, once").containsOnlyOnce("image~1png");
        assertThat(types).doesNotContain("application~1json", "text~1plain");
        assertThat(api.path("DefinitionBody").has("x-amazon-apigateway-binary-media-types"))
                .as("SAM writes it from the property").isFalse();

        JsonNode stages = new ObjectMapper().readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "test/files/FilesHandler.stages.json").orElseThrow().getCharContent(true).toString());
        assertThat(stages.path("binaryMediaTypes").toString()).contains("\"application/pdf\",\"font/*\",\"image/webp\"");
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void aBinaryTypeThatIsNoMediaTypeIsAnErrorOnTheAttribute() {
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out")))
                .compile(JavaFileObjects.forSourceString("test.bad.BadTypes", """
                        package test.bad;

                        import dev.goblet.App;
                        import dev.goblet.Route;

                        @App(name = "bad-types", binaryTypes = {"image/png", "pdf"})
                        public class BadTypes {
                            @Route(path = "/x")
                            public String x() { return "x"; }
                        }
                        """));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletBinaryType] @App(binaryTypes) holds \"pdf\", which is no"
                + " media type").inFile(compilation.sourceFiles().get(0)).onLineContaining("binaryTypes");
    }
}
