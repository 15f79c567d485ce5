package dev.goblet.processor.writing.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.Goldens;
import dev.goblet.processor.testing.OpenApiLint;
import dev.goblet.processor.testing.OpenApiDocuments;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles each sample app of {@code src/test/resources/openapi/} with the processor, pins its {@code openapi.yaml}
 * to a golden file, and reads both documents back with swagger-parser.
 */
class OpenApiWriterTest {
    @TempDir
    Path output;
    private Compilation lastCompilation;

    @Test
    void records(TestInfo test) throws IOException {
        OpenAPI api = generate("RecordsApp", test);
        Schema<?> order = api.getComponents().getSchemas().get("Order");
        assertThat(order.getRequired()).containsExactlyInAnyOrder("id", "customer");
        Schema<?> customer = order.getProperties().get("customer");
        assertThat(customer.getDescription()).isEqualTo("who placed it");
        assertThat(customer.getAllOf()).singleElement()
                .satisfies(ref -> assertThat(ref.get$ref()).isEqualTo("#/components/schemas/Customer"));
    }

    @Test
    void collections(TestInfo test) throws IOException {
        OpenAPI api = generate("CollectionsApp", test);
        Schema<?> basket = api.getComponents().getSchemas().get("Basket");
        assertThat(basket.getProperties().get("labels").getUniqueItems()).isTrue();
        assertThat(basket.getProperties().get("picture").getFormat()).isEqualTo("byte");
    }

    @Test
    void scalars(TestInfo test) throws IOException {
        OpenAPI api = generate("ScalarsApp", test);
        Schema<?> times = api.getComponents().getSchemas().get("Times");
        assertThat(times.getProperties().get("id").getFormat()).isEqualTo("uuid");
        assertThat(times.getProperties().get("date").getFormat()).isEqualTo("date");
    }

    @Test
    void enums(TestInfo test) throws IOException {
        OpenAPI api = generate("EnumsApp", test);
        assertThat(api.getComponents().getSchemas().get("Priority").getEnum()).containsExactly("LOW", "NORMAL", "HIGH");
        assertThat(api.getComponents().getSchemas().get("Ticket").getRequired())
                .containsExactlyInAnyOrder("title", "priority");
    }

    @Test
    void generics(TestInfo test) throws IOException {
        OpenAPI api = generate("GenericsApp", test);
        assertThat(api.getComponents().getSchemas())
                .containsKeys("PageUser", "PageString", "PairUserPageUser", "Folder", "Node", "Edge");
        Schema<?> folder = api.getComponents().getSchemas().get("Folder");
        assertThat(folder.getProperties().get("parent").get$ref()).isEqualTo("#/components/schemas/Folder");
    }

    @Test
    void beans(TestInfo test) throws IOException {
        OpenAPI api = generate("BeansApp", test);
        assertThat(api.getComponents().getSchemas().get("Account").getProperties())
                .containsOnlyKeys("account_id", "display");
        assertThat(api.getComponents().getSchemas().get("Product").getProperties())
                .containsOnlyKeys("createdBy", "name", "stock", "active", "price_cents", "publicField", "available");
    }

    @Test
    void operations(TestInfo test) throws IOException {
        OpenAPI api = generate("OperationsApp", test);
        Operation read = api.getPaths().get("/users/{username}").getGet();
        assertThat(read.getResponses()).containsOnlyKeys("200", "404", "500");
        Operation create = api.getPaths().get("/users").getPost();
        assertThat(create.getResponses()).containsOnlyKeys("201", "400", "409", "415", "500");
        assertThat(api.getPaths()).doesNotContainKey("/files/{path+}");
    }

    /**
     * Javadoc is read as javadoc reads it: the first sentence is the summary, inline tags become their text, and a
     * route that overrides a documented method inherits what it leaves out or asks for with {@code {@inheritDoc}}.
     */
    @Test
    void javadoc(TestInfo test) throws IOException {
        OpenAPI api = generate("JavadocApp", test);
        Operation find = api.getPaths().get("/users/{username}").getGet();
        assertThat(find.getSummary()).isEqualTo("Finds a user by username, such as alice.");
        assertThat(find.getDescription()).isEqualTo("Names are compared in lower case & without spaces.");
        assertThat(find.getParameters()).singleElement()
                .satisfies(p -> assertThat(p.getDescription()).isEqualTo("the user's name, as in /users/alice"));
        assertThat(find.getResponses().get("200").getDescription()).isEqualTo("the user");
        assertThat(find.getResponses().get("404").getDescription()).contains("when nobody has that name");

        Operation count = api.getPaths().get("/users/count").getGet();
        assertThat(count.getSummary()).isEqualTo("Counts the users.");
        assertThat(count.getDescription()).isEqualTo("Cheap: one query.");
        assertThat(count.getParameters()).singleElement().satisfies(p -> assertThat(p.getDescription())
                .isEqualTo("only names that start with it, ignoring case"));
        assertThat(count.getResponses().get("200").getDescription()).isEqualTo("how many there are");

        Operation list = api.getPaths().get("/users").getGet();
        assertThat(list.getSummary()).isEqualTo("Lists users <= limit at a time, as a list; see find.");
        assertThat(list.getDescription()).isEqualTo("More in Directory.");
        assertThat(list.getParameters()).singleElement().satisfies(p -> assertThat(p.getDescription())
                .isEqualTo("at most this many, Integer.MAX_VALUE by default"));
        assertThat(api.getInfo().getDescription()).isEqualTo("Javadoc as javadoc reads it: inline tags, <p>"
                + " paragraphs, and docs inherited from the interface the app implements.");
    }

    /**
     * OpenAPI has no greedy variable: the document writes {@code /static/{path+}} as {@code /static/{path}}, whose
     * variable is its declared parameter {@code path}, so that parsers and linters take it without a remark; the
     * SAM template's definition keeps API Gateway's {@code {path+}}, which matches the rest of the path.
     */
    @Test
    void greedyPathVariable(TestInfo test) throws Exception {
        String yaml = compile("GreedyApp");
        Goldens.assertMatches(getClass(), test.getTestMethod().orElseThrow().getName(), "openapi.yaml", yaml);
        SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, new ParseOptions());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKey("/static/{path}").doesNotContainKey("/static/{path+}");
        assertThat(result.getOpenAPI().getPaths().get("/static/{path}").getGet().getParameters())
                .singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("path"));
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(output.resolve("sam.yaml").toFile());
        JsonNode paths = template.at("/Resources/RestAPI/Properties/DefinitionBody/paths");
        assertThat(paths.has("/static/{path+}")).as("the deployed definition's paths: %s", paths).isTrue();
        assertThat(paths.has("/static/{path}")).isFalse();
        OpenApiLint.assertPasses(output.resolve("openapi.yaml"));
    }

    /**
     * Goblet's errors are unchecked: an answer the body throws, or a helper of the app's own a few calls deep, or a
     * factory that makes one, is declared as if the method's throws clause named it.
     */
    @Test
    void errorsThrownInTheBodyAreDeclared(TestInfo test) throws IOException {
        OpenAPI api = generate("ThrowingApp", test);
        assertThat(api.getPaths().get("/notes/{id}").getGet().getResponses())
                .containsOnlyKeys("200", "400", "404", "500");
        assertThat(api.getPaths().get("/notes/{id}").getGet().getResponses().get("404").getDescription())
                .isEqualTo("NotFoundError");
        assertThat(api.getPaths().get("/notes/{id}").getPut().getResponses())
                .containsOnlyKeys("200", "400", "409", "413", "415", "500");
        assertThat(api.getPaths().get("/health").getGet().getResponses()).containsOnlyKeys("200", "500");
        assertThat(api.getPaths().get("/notes").getDelete().getResponses()).containsOnlyKeys("204", "500");
    }

    @Test
    void constraintsAreStatedWithTheSchemasKeywords(TestInfo test) throws IOException {
        OpenAPI api = generate("ConstraintsApp", test);
        Schema<?> member = api.getComponents().getSchemas().get("Member");
        assertThat(member.getProperties().get("name").getPattern()).isEqualTo("^(?:[a-z]{3,16})$");
        assertThat(member.getProperties().get("email").getFormat()).isEqualTo("email");
        Schema<?> motto = member.getProperties().get("motto");
        assertThat(motto.getMinLength()).isEqualTo(1);
        assertThat(motto.getMaxLength()).isEqualTo(40);
        assertThat(motto.getNullable()).isTrue();
        assertThat(member.getProperties().get("age").getMinimum()).isEqualByComparingTo("18");
        assertThat(member.getProperties().get("age").getMaximum()).isEqualByComparingTo("120");
        assertThat(member.getProperties().get("invitations").getExclusiveMinimum()).isTrue();
        assertThat(member.getProperties().get("roles").getMinItems()).isEqualTo(1);
        assertThat(member.getProperties().get("roles").getMaxItems()).isEqualTo(5);
        assertThat(member.getRequired()).contains("name", "email", "age", "roles").doesNotContain("motto");
        Schema<?> badge = api.getComponents().getSchemas().get("Badge");
        Schema<?> code = badge.getProperties().get("code");
        assertThat(code.getMinLength()).isEqualTo(2);
        assertThat(code.getMaxLength()).isEqualTo(2);
        Schema<?> limit = api.getPaths().get("/members").getGet().getParameters().get(0).getSchema();
        assertThat(limit.getMinimum()).isEqualByComparingTo("1");
        assertThat(limit.getMaximum()).isEqualByComparingTo("100");
        assertThat(api.getPaths().get("/members").getGet().getResponses()).containsKey("400");
    }

    @Test
    void formBodiesAreDeclaredWithTheirFieldsAndFiles(TestInfo test) throws IOException {
        OpenAPI api = generate("FormsApp", test);
        Operation contact = api.getPaths().get("/contact").getPost();
        assertThat(contact.getRequestBody().getContent()).containsOnlyKeys("application/x-www-form-urlencoded",
                "multipart/form-data");
        Schema<?> fields = contact.getRequestBody().getContent().get("multipart/form-data").getSchema();
        assertThat(fields.getProperties()).containsOnlyKeys("name", "email", "message");
        assertThat(fields.getRequired()).containsExactlyInAnyOrder("name", "email");
        assertThat(fields.getProperties().get("email").getFormat()).isEqualTo("email");
        assertThat(fields.getProperties().get("name").getMinLength()).isEqualTo(1);
        assertThat(contact.getResponses()).containsKeys("400", "413", "415");

        // A file is only multipart's; OpenAPI 3.0 writes it as a binary string.
        Operation upload = api.getPaths().get("/avatars").getPost();
        assertThat(upload.getRequestBody().getContent()).containsOnlyKeys("multipart/form-data");
        Schema<?> parts = upload.getRequestBody().getContent().get("multipart/form-data").getSchema();
        assertThat(parts.getProperties()).containsOnlyKeys("avatar", "caption", "tag", "extras");
        assertThat(parts.getProperties().get("avatar").getType()).isEqualTo("string");
        assertThat(parts.getProperties().get("avatar").getFormat()).isEqualTo("binary");
        assertThat(parts.getProperties().get("avatar").getDescription()).isEqualTo("the picture");
        assertThat(parts.getProperties().get("extras").getItems().getFormat()).isEqualTo("binary");
        assertThat(parts.getProperties().get("tag").getType()).isEqualTo("array");
        assertThat(parts.getProperties().get("caption").getMaxLength()).isEqualTo(40);
        assertThat(parts.getRequired()).containsExactly("avatar");

        Operation vote = api.getPaths().get("/votes").getPost();
        Schema<?> ballot = vote.getRequestBody().getContent().get("application/x-www-form-urlencoded").getSchema();
        assertThat(vote.getRequestBody().getContent()).containsOnlyKeys("application/x-www-form-urlencoded");
        assertThat(ballot.getProperties().get("stars").getMaximum()).isEqualByComparingTo("5");
        assertThat(ballot.getProperties().get("voter").getDefault()).isEqualTo("anonymous");
        // API Gateway's validator reads bodies as JSON: a form's is left to the handler.
        assertThat(vote.getExtensions().get("x-amazon-apigateway-request-validator")).isEqualTo("parameters-only");
    }

    /** Compiles the sample, checks the YAML against its golden, and parses YAML and JSON cleanly. */
    private OpenAPI generate(String sample, TestInfo test) throws IOException {
        String yaml = compile(sample);
        String json = Files.readString(output.resolve("openapi.json"), StandardCharsets.UTF_8);
        assertThat(lastCompilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/goblet/" + OpenApiDocuments.parseCleanly(yaml).getInfo().getTitle() + "/openapi.json")
                .contentsAsUtf8String().isEqualTo(json);
        Goldens.assertMatches(getClass(), test.getTestMethod().orElseThrow().getName(), "openapi.yaml", yaml);
        OpenAPI fromJson = OpenApiDocuments.parseCleanly(json);
        assertThat(fromJson).isEqualTo(OpenApiDocuments.parseCleanly(yaml));
        return fromJson;
    }

    private String compile(String sample) throws IOException {
        lastCompilation = Compiler.javac()
                .withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + output)
                .compile(JavaFileObjects.forResource("openapi/" + sample + ".java"));
        assertThat(lastCompilation).succeededWithoutWarnings();
        return Files.readString(output.resolve("openapi.yaml"), StandardCharsets.UTF_8);
    }
}
