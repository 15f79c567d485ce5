package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.BadRequestError;
import dev.goblet.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes wrong in app code, or arrives malformed, ends in a well-formed answer; nothing escapes the handler. */
class ApiEntryPointFaultsTest {
    private final FaultsTestHandler faults = new FaultsTestHandler();
    private final UsersTestHandler users = new UsersTestHandler();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Context context = Events.context("faults-dev-APIHandler",
            new PrintStream(log, true, StandardCharsets.UTF_8));

    private static ObjectNode get(String path) {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("httpMethod", "GET").put("path", path);
        event.putNull("body");
        return event.put("isBase64Encoded", false);
    }

    private static ObjectNode post(String path, String body) {
        return Events.load(Events.REST_V1_POST_USERS).put("path", path).put("isBase64Encoded", false)
                .put("body", body);
    }

    private static JsonNode body(ObjectNode response) {
        try {
            return JsonBodies.MAPPER.readTree(response.get("body").asText());
        } catch (IOException e) {
            throw new AssertionError("The body is not JSON: " + response.get("body"), e);
        }
    }

    private void assertInternalError(ObjectNode response) {
        assertThat(response.get("statusCode").asInt()).as("status of %s", response).isEqualTo(500);
        assertThat(body(response).get("Code").asText()).isEqualTo("InternalServerError");
        assertThat(response.toString())
                .doesNotContain("db-7", "Exception", "OutOfMemory", "StackOverflow", "InternalError", "java.");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains(FaultsTestHandler.SECRET);
    }

    /** A 400 whose message is in the caller's terms: no parser words, source locations or Java type names. */
    private static String badRequestMessage(ObjectNode response) {
        assertThat(response.get("statusCode").asInt()).as("status of %s", response).isEqualTo(400);
        String message = body(response).get("Message").asText();
        assertThat(message).doesNotContain("Source", "line:", "column:", "REDACTED", "Constraints", "LinkedHashMap",
                "java.", "jackson", "User", "Integer", "String", "Exception", "\n");
        return message;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/out-of-memory", "/internal-error", "/stack-overflow"})
    void errorsOfTheJvmThrownByARouteAreA500(String path) {
        assertInternalError(Events.invoke(faults, get(path), context));
    }

    @Test
    void headerWithANullNameIsA500AndNotThrown() {
        ObjectNode response = Events.invoke(faults, get("/null-header"), context);

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("NullPointerException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%0D%0ASet-Cookie:%20session=stolen", "a%0ASet-Cookie:x", "a%0Db", "a%00b"})
    void lineBreakInAHeaderValueTakenFromTheCallerNeverReachesTheProxyResponse(String to) {
        ObjectNode event = get("/redirect");
        event.putObject("queryStringParameters").put("to", PathDecoder.decodeQueryComponent(to));
        event.remove("multiValueQueryStringParameters");

        ObjectNode response = Events.invoke(faults, event, context);

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.toString()).doesNotContain("stolen", "Location", "\\r", "\\n", "\\u0000");
    }

    @Test
    void headerTakenFromTheCallerWithoutLineBreaksIsWritten() {
        ObjectNode event = get("/redirect");
        event.putObject("queryStringParameters").put("to", "page 2");

        ObjectNode response = Events.invoke(faults, event, context);

        assertThat(response.get("statusCode").asInt()).isEqualTo(302);
        assertThat(response.at("/headers/Location").asText()).isEqualTo("/next?page 2");
    }

    @Test
    void exceptionOfABodyRecordsConstructorIsA500ThatRevealsNothing() {
        assertInternalError(Events.invoke(faults, post("/tags", "{\"name\":\"db\"}"), context));
    }

    @Test
    void httpErrorOfABodyRecordsConstructorKeepsItsStatus() {
        ObjectNode response = Events.invoke(faults, post("/tags", "{\"name\":\" \"}"), context);

        assertThat(badRequestMessage(response)).isEqualTo("Invalid tag: must not be blank");
    }

    @Test
    void bodyTypeJacksonCannotCreateIsA500AndNotA400OnEveryRequest() {
        assertThat(Events.invoke(faults, post("/no-creator", "{\"size\":1}"), context).get("statusCode").asInt())
                .isEqualTo(500);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("NoCreator");
    }

    @Test
    void multiValueObjectsHoldingObjectsAreReadNotThrown() {
        ObjectNode event = get("/users");
        event.putObject("multiValueHeaders").putObject("X-Min-Age").put("nested", 1);
        event.putObject("multiValueQueryStringParameters").put("limit", "5").putObject("active").put("x", 1);
        event.putObject("headers").putObject("X-Other");

        ObjectNode response = Events.invoke(users, event, context);

        assertThat(response.get("statusCode").asInt()).as("%s", response).isEqualTo(200);
        assertThat(body(response).get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void nestingBeyondTheParsersLimitIsA400InTheCallersTerms() {
        Request deep = Request.builder("POST", "/items")
                .body(("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(deep::jsonBody).isInstanceOf(BadRequestError.class)
                .hasMessage("Error Parsing JSON: nested too deeply or too large");
        assertThatThrownBy(() -> deep.jsonBody(Object.class)).isInstanceOf(BadRequestError.class)
                .hasMessage("Error Parsing JSON in body: nested too deeply or too large");
    }

    @Test
    void wrongJsonTypesAreNamedInJsonWords() {
        assertThat(badRequestMessage(Events.invoke(users, post("/users", "[]"), context)))
                .isEqualTo("Invalid body 'user': expected an object");
        assertThat(badRequestMessage(Events.invoke(users,
                post("/users", "{\"username\":{},\"email\":\"e@x.org\",\"age\":1}"), context)))
                .isEqualTo("Invalid body 'user' field 'username': expected a string");
        assertThat(badRequestMessage(Events.invoke(users,
                post("/users", "{\"username\":\"u\",\"email\":\"e@x.org\",\"age\":\"old\"}"), context)))
                .isEqualTo("Invalid body 'user' field 'age': 'old' is not an integer");
        assertThat(badRequestMessage(Events.invoke(users,
                post("/users", "{\"username\":\"u\",\"email\":\"e@x.org\",\"age\":[1]}"), context)))
                .isEqualTo("Invalid body 'user' field 'age': expected an integer");
        assertThat(badRequestMessage(Events.invoke(users, post("/users", "{\"username\": \"u\","), context)))
                .isEqualTo("Error Parsing JSON in body 'user': not valid JSON");
    }
}
