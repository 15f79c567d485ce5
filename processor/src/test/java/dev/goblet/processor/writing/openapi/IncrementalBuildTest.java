package dev.goblet.processor.writing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.File;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds compile only the changed sources, with the rest of the module on the class path. Every route
 * of an app lives in its {@code @App} class (a route elsewhere is a compile error), so recompiling that class alone
 * reads every route again, and the model types come back from their class files: the document stays whole.
 *
 * <p>These builds run javac as a build tool does, on real folders: sources in {@code src/}, classes in
 * {@code classes/}, documents in {@code goblet/} beside them (the default {@code target/goblet} layout).
 */
class IncrementalBuildTest {
    private static final List<String> SOURCES = List.of("ShopApp.java", "Item.java", "Order.java");

    @TempDir
    Path build;
    private Path sources;
    private Path classes;

    @BeforeEach
    void copySources() throws IOException {
        sources = Files.createDirectories(build.resolve("src/test/shop"));
        classes = Files.createDirectories(build.resolve("classes"));
        for (String source : SOURCES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("incremental/" + source)) {
                Files.copy(in, sources.resolve(source));
            }
        }
    }

    @Test
    void recompilingOnlyTheAppClassKeepsEveryRouteAndSchema() throws IOException {
        compile(SOURCES);
        String full = document();

        compile(List.of("ShopApp.java"));
        String incremental = document();

        OpenAPI api = OpenApiDocuments.parseCleanly(incremental);
        assertThat(api.getPaths()).containsOnlyKeys("/items", "/orders", "/orders/{id}");
        assertThat(api.getComponents().getSchemas()).containsOnlyKeys("Item", "Order", "Line", "Status", "Error");
        assertThat(api.getComponents().getSchemas().get("Item").getRequired())
                .containsExactlyInAnyOrder("sku", "priceCents");
        assertThat(incremental).isEqualTo(full);
    }

    @Test
    void recompilingOnlyAModelTypeLeavesTheDocumentWhole() throws IOException {
        compile(SOURCES);
        String full = document();

        compile(List.of("Item.java"));

        assertThat(document()).isEqualTo(full);
        assertThat(OpenApiDocuments.parseCleanly(document()).getPaths()).hasSize(3);
    }

    private void compile(List<String> names) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<File> toCompile = new ArrayList<>();
            names.forEach(name -> toCompile.add(sources.resolve(name).toFile()));
            String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
                    List.of("-d", classes.toString(), "-classpath", classPath, "--release", "17"), null,
                    files.getJavaFileObjectsFromFiles(toCompile));
            task.setProcessors(List.of(new GobletProcessor()));
            assertThat(task.call()).as("javac: %s", diagnostics).isTrue();
        }
    }

    private String document() throws IOException {
        return Files.readString(build.resolve("goblet/openapi.yaml"), StandardCharsets.UTF_8);
    }
}
