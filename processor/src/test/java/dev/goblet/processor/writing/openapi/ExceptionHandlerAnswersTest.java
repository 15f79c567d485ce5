package dev.goblet.processor.writing.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.OpenApiLint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers of an app's exception handlers in its OpenAPI document: each route documents, for each exception it
 * declares or its body throws, the answer of the handler that takes it (the most specific), and a handler of every
 * unchecked exception is documented on every route.
 */
class ExceptionHandlerAnswersTest {
    @TempDir
    Path dir;

    @Test
    void eachRouteDocumentsTheAnswersOfTheHandlersThatTakeWhatItThrows() throws Exception {
        OpenAPI document = compile("OrdersApp");

        ApiResponses order = document.getPaths().get("/orders/{item}").getGet().getResponses();
        assertThat(order).containsOnlyKeys("200", "402", "409", "500");
        ApiResponse conflict = order.get("409");
        assertThat(conflict.getDescription()).as("the handler's own status and Javadoc")
                .isEqualTo("ConflictError: The item is out of stock.");
        assertThat(conflict.getContent().get("application/json").getSchema().get$ref()).endsWith("/Error");
        ApiResponse refused = order.get("402");
        assertThat(refused.getDescription()).isEqualTo("PaymentDeclined: answered by refused() for PaymentDeclined");
        assertThat(refused.getContent()).as("a Response of the handler's own: its body is not Goblet's").isNull();

        ApiResponses cancel = document.getPaths().get("/orders").getDelete().getResponses();
        assertThat(cancel).containsOnlyKeys("204", "503", "500");
        assertThat(cancel.get("503").getDescription())
                .isEqualTo("OrderException: The order could not be placed; try again later.");

        assertThat(document.getPaths().get("/health").getGet().getResponses())
                .as("throws nothing the handlers take").containsOnlyKeys("200", "500");
        OpenApiLint.assertPasses(dir.resolve("out/openapi.yaml"));
    }

    @Test
    void aHandlerOfEveryExceptionIsDocumentedOnEveryRoute() throws Exception {
        OpenAPI document = compile("CatchAllApp");

        for (String path : new String[] {"/a", "/b/{id}"}) {
            assertThat(document.getPaths().get(path).getGet().getResponses().get("503").getDescription())
                    .isEqualTo("HttpError: Something went wrong on our side.");
        }
        assertThat(document.getPaths().get("/b/{id}").getGet().getResponses())
                .as("a route's own HttpError passes the handler by").containsKey("404");
        OpenApiLint.assertPasses(dir.resolve("out/openapi.yaml"));
    }

    private OpenAPI compile(String app) throws Exception {
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forResource("openapi/" + app + ".java"));
        assertThat(compilation).succeededWithoutWarnings();
        return OpenApiDocuments.parseCleanly(Files.readString(dir.resolve("out/openapi.json")));
    }
}
