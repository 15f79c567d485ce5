package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.testing.CompileErrors;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.TemplateChecks;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blueprints at compile time: their prefixed routes in the document and the template, and each misuse. */
class BlueprintsTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void prefixedRoutesAreInTheDocumentAndTheTemplate() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"stages\": {\"dev\": {}}}");
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forResource("blueprints/good/Catalog.java"),
                        JavaFileObjects.forResource("blueprints/good/Products.java"),
                        JavaFileObjects.forResource("blueprints/good/Imports.java"));
        assertThat(compilation).succeededWithoutWarnings();

        Path out = dir.resolve("out");
        OpenAPI document = OpenApiDocuments.parseCleanly(Files.readString(out.resolve("openapi.yaml")));
        assertThat(document.getPaths()).containsOnlyKeys("/health", "/products/{id}", "/products",
                "/archive/products/{id}", "/archive/products");
        assertThat(document.getPaths().get("/products/{id}").getGet().getOperationId()).isEqualTo("products_get");
        assertThat(document.getPaths().get("/archive/products").getGet().getOperationId())
                .isEqualTo("archived_list");
        assertThat(document.getPaths().get("/products/{id}").getGet().getSummary()).isEqualTo("One product.");
        assertThat(document.getComponents().getSchemas()).containsKey("Product");

        JsonNode template = YAML.readTree(out.resolve("sam.yaml").toFile());
        assertThat(template.toString()).contains("/archive/products/{id}", "archived_get");
        // The blueprint's event functions, each a function of the app named with the registration's prefix.
        assertThat(compilation).generatedSourceFile("test.catalog.CatalogEuOnUploadHandler");
        assertThat(compilation).generatedSourceFile("test.catalog.CatalogEuReindexHandler");
        JsonNode upload = template.at("/Resources/EuOnUpload/Properties");
        assertThat(upload.path("Handler").asText()).isEqualTo("test.catalog.CatalogEuOnUploadHandler");
        assertThat(upload.at("/Events/EuOnUploadS3Event/Type").asText()).isEqualTo("S3");
        assertThat(template.at("/Resources/EuReindex/Properties/Events/EuReindexEvent/Properties/Schedule").asText())
                .isEqualTo("rate(1 day)");
        assertThat(TemplateChecks.assertAllDeployable(out)).hasSize(2);
    }

    @Test
    void aRouteThatClashesAfterPrefixingNamesBothMethods() {
        assertSingleError("Conflict", "[GobletDuplicateRoute] GET /users/{id} of Users.byId() is already handled by"
                + " Conflict.byName(). API Gateway cannot tell the two apart: change a prefix, the path or the method"
                + " of one of them.", "public String byId");
    }

    @Test
    void aRegisteredClassWithoutBlueprint() {
        assertSingleError("NotMarked", "[GobletNotABlueprint] String is registered as a blueprint but has no"
                + " @Blueprint.", "@RegisterBlueprint(value = String.class");
    }

    @Test
    void prefixesThatBreakTheRules() {
        JavaFileObject source = source("BadPrefixes");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[GobletBadUrlPrefix] The URL prefix '/users/' must be empty or"
                + " '/' and segments").inFile(source).onLineContaining("urlPrefix = \"/users/\"");
        assertThat(compilation).hadErrorContaining("[GobletBadNamePrefix] The name prefix 'users-' may hold"
                + " letters, digits and '_' only.").inFile(source).onLineContaining("namePrefix = \"users-\"");
    }

    @Test
    void aConstructorParameterTheAppProvidesTwice() {
        assertSingleError("MissingDependency", "[GobletBlueprintDependency] Parameter 'table' of"
                + " MissingDependency.Users's constructor has type String, which the app MissingDependency does not"
                + " provide once (first(), second() all return it). Take the app itself, or add one public"
                + " no-argument method to MissingDependency that returns String.", "public Users(String table)");
    }

    @Test
    void aBlueprintsPrefixedFunctionNameIsTakenLikeAnyOther() {
        assertSingleError("PrefixedFunctionName", "[GobletDuplicateFunction] The function name 'jobs_purge' is"
                + " taken by", "public void purge()");
    }

    @Test
    void webSocketHandlersStayOnTheApp() {
        assertSingleError("WebSocketBlueprint", "[GobletRouteOutsideApp] message() has @OnWsMessage but its class"
                + " test.WebSocketBlueprint.Chat has no @App", "public void message(WebSocketEvent event)");
    }

    @Test
    void anInnerClassBlueprint() {
        assertSingleError("InnerBlueprint", "[GobletBlueprintClass] Blueprint InnerBlueprint.Users must be a"
                + " top-level or a static nested class", "public class Users");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(source(name), message, line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new GobletProcessor()).compile(sources);
    }

    private static JavaFileObject source(String name) {
        return JavaFileObjects.forResource("blueprints/bad/" + name + ".java");
    }
}
