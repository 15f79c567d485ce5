package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.AppResources;
import dev.goblet.sample.SampleAppHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers of the sample app against its own OpenAPI document, as the processor wrote it. */
class DocumentedAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestClient client = TestClient.of(new SampleAppHandler()).checkingDocument();

    @Test
    void everyAnswerOfTheSampleAppIsAsItsDocumentSays() {
        assertThat(client.http().get("/users/john").send().status()).isEqualTo(200);
        assertThat(client.http().get("/users/nobody").send().status()).isEqualTo(404);
        assertThat(client.http().post("/users").json(Map.of("username", "ana", "email", "ana@example.com")).send()
                .status()).isEqualTo(201);
        assertThat(client.http().post("/users").contentType("application/json").body("{\"username\":").send()
                .status()).isEqualTo(400);
        assertThat(client.http().delete("/users/ana").send().status()).isEqualTo(204);
        assertThat(client.http().get("/hello").send().status()).isEqualTo(200);
        assertThat(client.http().get("/boom").send().status()).isEqualTo(500);
        assertThat(client.http().get("/no/such/route").send().status()).as("no operation, nothing to check")
                .isEqualTo(404);
    }

    @Test
    void anUndeclaredStatusOrABodyTheSchemaRejectsIsReported() throws IOException {
        ObjectNode document = sampleDocument();
        ObjectNode getUser = (ObjectNode) document.path("paths").path("/users/{username}").path("get");
        ((ObjectNode) getUser.path("responses")).remove("404");
        ObjectNode user = (ObjectNode) document.path("components").path("schemas").path("User");
        ((ObjectNode) user.path("properties")).putObject("age").put("type", "integer");
        ((ArrayNode) user.path("required")).add("age");
        DocumentedAnswers answers = DocumentedAnswers.of(JSON.writeValueAsString(document));
        TestClient plain = TestClient.of(new SampleAppHandler());

        assertThat(answers.problems("GET", "/users/{username}", plain.http().get("/users/nobody").send()))
                .singleElement().asString()
                .startsWith("GET /users/{username} answered 404, which the document does not declare");
        assertThat(answers.problems("GET", "/users/{username}", plain.http().get("/users/john").send()))
                .singleElement().asString()
                .isEqualTo("GET /users/{username} answered 200, and in its body: required property 'age' not found");
        TestResponse john = plain.http().get("/users/john").send();
        assertThatThrownBy(() -> answers.check("GET", "/users/{username}", john))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not as the OpenAPI document says");
    }

    private static ObjectNode sampleDocument() throws IOException {
        try (InputStream in = DocumentedAnswersTest.class.getClassLoader()
                .getResourceAsStream(AppResources.openApiJson(new SampleAppHandler().appName()))) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
