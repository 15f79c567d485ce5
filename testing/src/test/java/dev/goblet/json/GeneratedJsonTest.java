package dev.goblet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.BadRequestError;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.JsonCodec;
import dev.goblet.internal.JsonCodecs;
import dev.goblet.json.ShapesApi.Absent;
import dev.goblet.json.ShapesApi.Address;
import dev.goblet.json.ShapesApi.Everything;
import dev.goblet.json.ShapesApi.Size;
import dev.goblet.json.ShapesApi.Sparse;
import dev.goblet.json.ShapesApi.Tree;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codecs the processor generates, against jackson-databind (what apps were bound by before, and still are where
 * generated code cannot bind a type) and against the app's own OpenAPI document: the same JSON for the same value,
 * the same value for the same JSON, every answer valid against its schema, and a 400 naming the field for bad input.
 */
class GeneratedJsonTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private final TestClient client = TestClient.of(new JsonShapesHandler()).checkingDocument();

    static Everything everything() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("ann", 3);
        scores.put("bob", -1);
        return new Everything("text \"quoted\" \u00e9 \ud83d\ude00", 42, 9_007_199_254_740_993L, 0.1, 1.5f, true,
                (short) -7, (byte) 8, 'x', 7, new BigDecimal("12.50"), new BigInteger("123456789012345678901234"),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), URI.create("https://example.com/a?b=c"),
                Instant.parse("2026-01-02T03:04:05.123Z"), OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                LocalDate.of(2026, 12, 4), LocalDateTime.of(2026, 12, 4, 1, 2, 3), LocalTime.of(23, 59, 1),
                Size.EXTRA_LARGE, "was original", Optional.of("here"), null,
                List.of(new Address("Main St", null), new Address("Side St", "Lyon")),
                new LinkedHashSet<>(List.of("a", "b")), scores, List.of(List.of(1, 2), List.of()),
                Map.of("home", new Address("Home St", "Paris")), Optional.empty());
    }

    @Test
    void everyShapeIsWrittenAsDatabindWritesIt() throws Exception {
        Everything value = everything();
        assertThat(generated(JsonShapesJson.EVERYTHING, value)).isEqualTo(databind(value));
        assertThat(JsonCodecs.writeText(JsonShapesJson.EVERYTHING, value))
                .as("the field order is the record's, as databind's")
                .isEqualTo(JsonBodies.writeText(value));
    }

    @Test
    void whatDatabindWritesIsReadBackToTheSameValue() {
        Everything value = everything();
        byte[] json = JsonBodies.write(value);
        assertThat(JsonCodecs.read(json, JsonShapesJson.EVERYTHING, "body")).isEqualTo(value);
    }

    @Test
    void aBodyTravelsThroughTheEntryPointAndItsAnswerIsAsTheDocumentSays() throws Exception {
        Everything value = everything();
        TestResponse answer = client.http().post("/everything").contentType("application/json")
                .body(JsonBodies.writeText(value)).send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(databind(value));
        assertThat(answer.jsonAs(Everything.class)).isEqualTo(value);
    }

    @Test
    void nonNullAndNonAbsentLeaveOutWhatDatabindLeavesOut() throws Exception {
        for (Sparse sparse : List.of(new Sparse("a", null, Optional.empty()), new Sparse("a", "b", Optional.of("c")))) {
            assertThat(generated(JsonShapesJson.SPARSE, sparse)).isEqualTo(databind(sparse));
            assertThat(post("/sparse", JsonBodies.writeText(sparse)).json()).isEqualTo(databind(sparse));
        }
        for (Absent absent : List.of(new Absent("a", null, Optional.empty()), new Absent("a", "b", Optional.of("c")))) {
            assertThat(generated(JsonShapesJson.ABSENT, absent)).isEqualTo(databind(absent));
            assertThat(post("/absent", JsonBodies.writeText(absent)).json()).isEqualTo(databind(absent));
        }
    }

    @Test
    void anAbsentOptionalIsEmptyAndAnAbsentNullableIsNull() {
        Sparse read = JsonCodecs.read("{\"a\":\"x\"}".getBytes(StandardCharsets.UTF_8), JsonShapesJson.SPARSE,
                "body");
        assertThat(read).isEqualTo(new Sparse("x", null, Optional.empty()));
    }

    @Test
    void recursiveRecordsAndEnumListsRoundTrip() throws Exception {
        Tree tree = new Tree("root", List.of(new Tree("leaf", List.of()), new Tree("branch",
                List.of(new Tree("deep", List.of())))));
        assertThat(generated(JsonShapesJson.TREE, tree)).isEqualTo(databind(tree));
        assertThat(post("/tree", JsonBodies.writeText(tree)).jsonAs(Tree.class)).isEqualTo(tree);
        assertThat(post("/sizes", "[\"SMALL\",\"x-large\"]").bodyText()).isEqualTo("[\"SMALL\",\"x-large\"]");
    }

    @Test
    void whatGeneratedCodeCannotBindStillWorksThroughDatabind() {
        assertThat(post("/tagged", "{\"name\":\"n\",\"extra\":{\"any\":[1,{\"thing\":null}]}}").bodyText())
                .isEqualTo("{\"name\":\"n\",\"extra\":{\"any\":[1,{\"thing\":null}]}}");
        assertThat(post("/formatted", "{\"num\":5}").bodyText()).isEqualTo("{\"number\":5}");
    }

    @Test
    void aResponseBodyIsWrittenByItsClassCodec() {
        TestResponse answer = client.http().get("/address").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("{\"street\":\"Main St\",\"city\":null}");
    }

    @Test
    void anOptionalBodyMayBeLeftOut() {
        assertThat(client.http().post("/optional-body").send().bodyText()).isEqualTo("\"none\"");
        assertThat(post("/optional-body", "{\"street\":\"Main St\"}").bodyText()).isEqualTo("\"Main St\"");
    }

    @Test
    void badInputIsA400NamingTheFieldInJsonTerms() {
        assertBadRequest("/tree", "{\"children\":[]}", "Missing required field 'name' in body 'body'");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":[{\"name\":\"c\"}]}",
                "Missing required field 'children[0].children' in body 'body'");
        assertBadRequest("/tree", "{\"name\":null,\"children\":[]}",
                "Invalid body 'body' field 'name': must not be null");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":[null]}",
                "Invalid body 'body' field 'children[0]': must not be null");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":[],\"colour\":1}",
                "Unknown field 'colour' in body 'body'");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":[{\"name\":\"c\",\"children\":[],\"x\":1}]}",
                "Unknown field 'x' in body 'body' at 'children[0]'");
        assertBadRequest("/tree", "{\"name\":5,\"children\":[]}", "Invalid body 'body' field 'name': expected a string");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":{}}",
                "Invalid body 'body' field 'children': expected an array");
        assertBadRequest("/sizes", "[\"MEDIUM\"]",
                "Invalid body 'body' field '[0]': 'MEDIUM' is not one of [SMALL, x-large]");
        assertBadRequest("/tree", "{\"name\":", "Error Parsing JSON in body 'body': not valid JSON");
        assertBadRequest("/tree", "{\"name\":\"r\",\"children\":[]} {}",
                "Error Parsing JSON in body 'body': not valid JSON");
        assertBadRequest("/tree", "{\"name\":\"a\",\"children\":[".repeat(1500) + "]}".repeat(1500),
                "Error Parsing JSON in body 'body': nested too deeply or too large");
        assertBadRequest("/tree", "[".repeat(2000) + "]".repeat(2000), "Invalid body 'body': expected an object");
        assertBadRequest("/checked", "{\"code\":\" \"}", "code must not be blank");
    }

    @Test
    void numbersAreTakenOnlyInRangeAndOnlyAsNumbers() {
        String everything = JsonBodies.writeText(everything());
        assertBadRequest("/everything", everything.replace("\"count\":42", "\"count\":\"42\""),
                "Invalid body 'body' field 'count': '42' is not an integer");
        assertBadRequest("/everything", everything.replace("\"count\":42", "\"count\":4200000000"),
                "Invalid body 'body' field 'count': '4200000000' is not an integer in range");
        assertBadRequest("/everything", everything.replace("\"count\":42", "\"count\":4.5"),
                "Invalid body 'body' field 'count': expected an integer");
        assertBadRequest("/everything", everything.replace("\"flag\":true", "\"flag\":\"yes\""),
                "Invalid body 'body' field 'flag': 'yes' is not true or false");
        assertBadRequest("/everything", everything.replace("123e4567-e89b-12d3-a456-426614174000", "1-2-3-4-5"),
                "Invalid body 'body' field 'id': '1-2-3-4-5' is not a UUID");
        assertBadRequest("/everything", everything.replace("\"day\":\"2026-12-04\"", "\"day\":\"tomorrow\""),
                "Invalid body 'body' field 'day': 'tomorrow' is not a date");
    }

    @Test
    void aCodecReadingAJsonNullIsTheCallersDecision() {
        assertThatThrownBy(() -> JsonCodecs.read("{}".getBytes(StandardCharsets.UTF_8), JsonShapesJson.TREE, "b"))
                .isInstanceOf(BadRequestError.class).hasMessage("Missing required field 'name' in b");
        assertThat(JsonCodecs.read("null".getBytes(StandardCharsets.UTF_8), JsonShapesJson.TREE, "b")).isNull();
    }

    private TestResponse post(String path, String json) {
        TestResponse answer = client.http().post(path).contentType("application/json").body(json).send();
        assertThat(answer.status()).as("%s %s", path, answer.bodyText()).isEqualTo(200);
        return answer;
    }

    private void assertBadRequest(String path, String json, String message) {
        TestResponse answer = client.http().post(path).contentType("application/json").body(json).send();
        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(400);
        assertThat(answer.json().path("Code").asText()).isEqualTo("BadRequestError");
        assertThat(answer.json().path("Message").asText()).isEqualTo(message);
    }

    private static <T> JsonNode generated(JsonCodec<T> codec, T value) throws Exception {
        return TREES.readTree(JsonCodecs.writeText(codec, value));
    }

    private static JsonNode databind(Object value) throws Exception {
        return TREES.readTree(JsonBodies.writeText(value));
    }
}
