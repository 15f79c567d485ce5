package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bean Validation constraints of {@link ConstraintsApi}, checked by its generated handler with no validator. */
class ConstraintsHandlerTest {
    private final ConstraintsSampleHandler handler = new ConstraintsSampleHandler();

    @Test
    void aBodyThatKeepsEveryConstraintGetsThrough() throws IOException {
        JsonNode answer = post(signup(body -> { }));
        assertThat(answer.get("statusCode").asInt()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void eachBrokenConstraintIsA400NamingTheFieldAndTheRule() throws IOException {
        assertRejected(body -> body.put("username", "Jo"),
                "Invalid field 'username' in body 'signup': must match [a-z0-9_]{3,16}");
        assertRejected(body -> body.put("email", "jo at example.com"),
                "Invalid field 'email' in body 'signup': must be an email address");
        assertRejected(body -> body.put("displayName", "a name longer than twenty"),
                "Invalid field 'displayName' in body 'signup': is too long for a name tag");
        assertRejected(body -> body.put("age", 12), "Invalid field 'age' in body 'signup': must be at least 13");
        assertRejected(body -> body.put("age", 131), "Invalid field 'age' in body 'signup': must be at most 130");
        assertRejected(body -> body.put("referrals", 0),
                "Invalid field 'referrals' in body 'signup': must be greater than 0");
        assertRejected(body -> body.putArray("interests"),
                "Invalid field 'interests' in body 'signup': must not be empty");
        assertRejected(body -> body.putObject("address").put("city", " ").put("country", "FR"),
                "Invalid field 'address.city' in body 'signup': must not be blank");
        assertRejected(body -> body.putArray("formerAddresses").add(address("Lyon", "FR")).add(address("Bonn", "GER")),
                "Invalid field 'formerAddresses[1].country' in body 'signup': must have exactly 2 characters");
        assertRejected(body -> body.put("nickname", "  "),
                "Invalid field 'nickname' in body 'signup': must not be blank");
    }

    @Test
    void nullAndAbsentValuesPassEveryConstraintButTheNotNullKinds() throws IOException {
        JsonNode answer = post(signup(body -> body.putNull("displayName").putNull("referrals").putNull("address")));
        assertThat(answer.get("statusCode").asInt()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void parametersAreCheckedAfterConversion() throws IOException {
        assertThat(get(Events.rest("GET", "/signups/ABCD").query("tag", "a", "b")).get("body").asText())
                .isEqualTo("\"ABCD 10 [a, b] -\"");
        assertParameter(Events.rest("GET", "/signups/abcd"), "Invalid path parameter 'code': must match [A-Z]{4}");
        assertParameter(Events.rest("GET", "/signups/ABCD").query("limit", "51"),
                "Invalid query parameter 'limit': must be at most 50");
        assertParameter(Events.rest("GET", "/signups/ABCD").query("tag", "short", "toolong"),
                "Invalid query parameter 'tag': must have at most 5 characters");
        assertParameter(Events.rest("GET", "/signups/ABCD").query("search", "x"),
                "Invalid query parameter 'search': must have at least 2 characters");
    }

    private void assertRejected(Consumer<ObjectNode> change, String message) throws IOException {
        JsonNode answer = post(signup(change));
        assertThat(answer.get("statusCode").asInt()).as(answer.toString()).isEqualTo(400);
        JsonNode body = Events.JSON.readTree(answer.get("body").asText());
        assertThat(body.get("Code").asText()).isEqualTo("BadRequestError");
        assertThat(body.get("Message").asText()).isEqualTo(message);
    }

    private void assertParameter(Events event, String message) throws IOException {
        JsonNode answer = get(event);
        assertThat(answer.get("statusCode").asInt()).as(answer.toString()).isEqualTo(400);
        assertThat(Events.JSON.readTree(answer.get("body").asText()).get("Message").asText()).isEqualTo(message);
    }

    private static ObjectNode signup(Consumer<ObjectNode> change) {
        ObjectNode body = Events.JSON.createObjectNode().put("username", "jo_99").put("email", "jo@example.com")
                .put("displayName", "Jo").put("age", 30).put("referrals", 2).put("nickname", "jojo");
        body.putArray("interests").add("chess");
        body.set("address", address("Paris", "FR"));
        change.accept(body);
        return body;
    }

    private static ObjectNode address(String city, String country) {
        return Events.JSON.createObjectNode().put("city", city).put("country", country);
    }

    private JsonNode post(ObjectNode body) throws IOException {
        return get(Events.rest("POST", "/signups").json(body.toString()));
    }

    private JsonNode get(Events event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, null);
        return Events.JSON.readTree(out.toByteArray());
    }
}
