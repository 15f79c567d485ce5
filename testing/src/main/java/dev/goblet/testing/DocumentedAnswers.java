package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.goblet.function.AppResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks answers against the app's own OpenAPI document, the one the processor wrote beside its classes
 * ({@code META-INF/goblet/<app>/openapi.json}): the status must be one the operation declares (or its
 * {@code default}), and a JSON body must validate against that answer's schema, with OpenAPI 3.0's rules
 * ({@code nullable}, {@code required}, formats). A client generated from the document then accepts every answer
 * the tests saw. {@link TestClient#checkingDocument()} turns it on for every request of a client.
 */
public final class DocumentedAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_URI = "https://goblet.invalid/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> byPointer = new ConcurrentHashMap<>();

    private DocumentedAnswers(String documentText) {
        try {
            this.document = JSON.readTree(documentText);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document is not JSON", e);
        }
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, documentText)));
    }

    /** The document of the app named {@code appName}, read from the class path. */
    public static DocumentedAnswers of(String appName, ClassLoader loader) {
        String resource = AppResources.openApiJson(appName);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: build the app with the Goblet"
                        + " processor, which writes it");
            }
            return new DocumentedAnswers(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document given as JSON text. */
    public static DocumentedAnswers of(String documentJson) {
        return new DocumentedAnswers(documentJson);
    }

    /**
     * What is wrong with an answer of the operation {@code method template}, such as {@code GET /users/{username}};
     * empty when it is as documented. An operation the document does not have (a hidden route, a path no route
     * serves) has nothing to check.
     */
    public List<String> problems(String method, String template, TestResponse answer) {
        return problems(method, template, answer.status(), answer.body());
    }

    /** {@link #problems(String, String, TestResponse)} of an answer given by its status and body. */
    public List<String> problems(String method, String template, int statusCode, byte[] answerBody) {
        String operationName = method.toUpperCase(Locale.ROOT) + " " + template;
        // The document writes a greedy {path+} as {path}, as OpenAPI has no greedy variable.
        JsonNode operation = document.path("paths").path(template.replace("+}", "}"))
                .path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of();
        }
        String status = String.valueOf(statusCode);
        JsonNode responses = operation.path("responses");
        String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (declared == null) {
            return List.of(operationName + " answered " + status + ", which the document does not declare (it"
                    + " declares " + names(responses) + ")");
        }
        JsonNode content = responses.path(declared).path("content").path("application/json");
        if (content.isMissingNode() || !content.has("schema") || answerBody.length == 0) {
            return List.of();
        }
        JsonNode body;
        try {
            body = JSON.readTree(answerBody);
        } catch (IOException e) {
            return List.of(operationName + " answered " + status + " with a body that is not JSON, where the"
                    + " document declares application/json");
        }
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + escape(declared) + "/content/application~1json/schema";
        List<String> problems = new ArrayList<>();
        for (Error error : schema(pointer).validate(body)) {
            String where = error.getInstanceLocation().toString();
            problems.add(operationName + " answered " + status + ", and in its body"
                    + (where.isEmpty() || where.equals("$") ? "" : " at " + where) + ": " + error.getMessage());
        }
        return problems;
    }

    /** Fails with every problem of the answer, as {@link #problems} finds them. */
    public void check(String method, String template, TestResponse answer) {
        List<String> problems = problems(method, template, answer);
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer is not as the OpenAPI document says:\n  "
                    + String.join("\n  ", problems) + "\n" + answer);
        }
    }

    private Schema schema(String pointer) {
        return byPointer.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
    }

    /** A JSON pointer token, as a URI fragment holds it. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
                .replace("+", "%2B");
    }

    private static String names(JsonNode responses) {
        List<String> names = new ArrayList<>();
        responses.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
