package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.function.AppResources;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.TemplateChecks;
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
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module of two apps: each gets its own complete set of templates and documents, in a folder named after it, and
 * no file of one overwrites the other's.
 */
class ManyAppsTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> APPS = List.of("sam/good/ShopApi.java", "sam/good/UsersApp.java");
    private static final String CONFIG = """
            {"lambda_timeout": 20,
             "stages": {"dev": {},
                        "prod": {"lambda_functions": {"api_handler": {"lambda_timeout": 30}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void eachAppWritesACompleteSetInItsOwnFolder() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), CONFIG);
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(APPS.stream().map(JavaFileObjects::forResource).toList());
        assertThat(compilation).succeededWithoutWarnings();

        Path out = dir.resolve("out");
        assertThat(names(out)).containsExactly("shop-api", "users");
        for (String app : List.of("shop-api", "users")) {
            assertThat(names(out.resolve(app))).as(app).containsExactly("openapi.json", "openapi.yaml",
                    "sam-dev.yaml", "sam-prod.yaml", "sam.yaml");
            OpenAPI yaml = OpenApiDocuments.parseCleanly(Files.readString(out.resolve(app).resolve("openapi.yaml")));
            OpenAPI json = OpenApiDocuments.parseCleanly(Files.readString(out.resolve(app).resolve("openapi.json")));
            assertThat(yaml.getInfo().getTitle()).isEqualTo(app);
            assertThat(json).isEqualTo(yaml);
            assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, AppResources.openApiJson(app)))
                    .as("the local server's copy of %s's document", app).isPresent();
            assertThat(TemplateChecks.assertAllDeployable(out.resolve(app))).hasSize(3);
        }
        assertThat(OpenApiDocuments.parseCleanly(Files.readString(out.resolve("shop-api/openapi.yaml")))
                .getPaths()).containsOnlyKeys("/items", "/items/{id}");
        assertThat(OpenApiDocuments.parseCleanly(Files.readString(out.resolve("users/openapi.yaml")))
                .getPaths()).containsOnlyKeys("/users/{username}");

        JsonNode shop = YAML.readTree(out.resolve("shop-api/sam-prod.yaml").toFile());
        JsonNode users = YAML.readTree(out.resolve("users/sam-prod.yaml").toFile());
        assertThat(function(shop).path("Handler").asText()).isEqualTo("test.shop.ShopApiHandler");
        assertThat(function(users).path("Handler").asText()).isEqualTo("test.users.UsersHandler");
        assertThat(function(shop).path("Timeout").asInt()).as("the stage's lambda_functions, for each app")
                .isEqualTo(30);
        assertThat(function(users).path("Timeout").asInt()).isEqualTo(30);
        assertThat(function(shop).path("CodeUri").asText()).as("one folder deeper, still target/lambda.zip")
                .isEqualTo("../../lambda.zip");
        assertThat(shop.path("Resources").has("UsersTable")).isFalse();
        assertThat(users.path("Resources").has("UsersTable")).isTrue();
        assertThat(TemplateReferences.unresolved(shop)).isEmpty();
        assertThat(TemplateReferences.unresolved(users)).isEmpty();
        for (String handler : List.of("test/shop/ShopApiHandler", "test/users/UsersHandler")) {
            assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, handler + ".stages.json"))
                    .as(handler).isPresent();
        }
    }

    @Test
    void onDiskEachTemplatePointsAtTheModulesLambdaZip() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        List<File> sources = new ArrayList<>();
        for (String app : APPS) {
            Path source = dir.resolve("src").resolve(Path.of(app).getFileName());
            Files.createDirectories(source.getParent());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(app)) {
                Files.copy(in, source);
            }
            sources.add(source.toFile());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = compiler.getTask(diagnostics, files, null, List.of("-d",
                    classes.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"),
                    null, files.getJavaFileObjectsFromFiles(sources));
            task.setProcessors(List.of(new GobletProcessor()));
            assertThat(task.call()).as("javac: %s", diagnostics).isTrue();
        }

        Path goblet = dir.resolve("target/goblet");
        assertThat(names(goblet)).containsExactly("shop-api", "users");
        for (String app : List.of("shop-api", "users")) {
            JsonNode template = YAML.readTree(goblet.resolve(app).resolve("sam.yaml").toFile());
            String codeUri = function(template).path("CodeUri").asText();
            assertThat(codeUri).isEqualTo("../../lambda.zip");
            assertThat(goblet.resolve(app).resolve(codeUri).normalize()).isEqualTo(dir.resolve("target/lambda.zip"));
        }
    }

    private static JsonNode function(JsonNode template) {
        return template.path("Resources").path("APIHandler").path("Properties");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
