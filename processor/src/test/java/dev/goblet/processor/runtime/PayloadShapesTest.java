package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Events as AWS documents them, for an HTTP API behind a JWT authorizer and for a function URL behind IAM, through
 * the generated handler's Lambda entry point (bytes in, bytes out), beside the same request as a REST API event:
 * the route sees one request, and each answer has its payload's shape.
 */
class PayloadShapesTest {
    private final PayloadsHandler handler = new PayloadsHandler();

    @Test
    void anHttpApiEventReadsAsItsRequest() throws IOException {
        JsonNode answer = invoke(event("http-api-jwt.json"));
        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        JsonNode seen = Events.JSON.readTree(answer.path("body").asText());
        assertThat(seen.path("method").asText()).isEqualTo("POST");
        assertThat(seen.path("path").asText()).as("without the stage").isEqualTo("/my/path");
        assertThat(seen.path("rest").asText()).isEqualTo("path");
        assertThat(seen.path("stage").asText()).isEqualTo("api");
        assertThat(seen.path("header2").toString()).as("as the HTTP API joined it").isEqualTo("[\"value1,value2\"]");
        assertThat(seen.path("cookie").toString()).isEqualTo("[\"cookie1=1; cookie2=2\"]");
        assertThat(seen.path("query")).as("from rawQueryString, each value apart")
                .isEqualTo(Events.JSON.readTree("{\"parameter1\":[\"value1\",\"value2\"],\"parameter2\":[\"a b\"]}"));
        assertThat(seen.path("body").asText()).isEqualTo("Hello from a client");
        assertThat(seen.path("sourceIp").asText()).isEqualTo("192.0.2.1");
        assertThat(seen.path("principal").asText()).isEqualTo("7d8e-user");
        assertThat(seen.path("claims").path("email").asText()).isEqualTo("ana@example.com");
    }

    @Test
    void aFunctionUrlEventReadsItsCookieOnceAndItsIamCaller() throws IOException {
        JsonNode seen = Events.JSON.readTree(invoke(event("function-url-iam.json")).path("body").asText());
        assertThat(seen.path("method").asText()).isEqualTo("GET");
        assertThat(seen.path("path").asText()).isEqualTo("/my/path");
        assertThat(seen.path("stage").asText()).isEqualTo("$default");
        assertThat(seen.path("cookie").toString()).as("in both the headers and cookies, one value")
                .isEqualTo("[\"test=hi\"]");
        assertThat(seen.path("principal").asText()).isEqualTo("arn:aws:iam::111122223333:user/example-user");
        assertThat(seen.path("query").toString()).isEqualTo("{}");
    }

    @Test
    void anEventWithoutARawQueryStringHasItsQueryStringParameters() throws IOException {
        ObjectNode event = (ObjectNode) Events.JSON.readTree(event("http-api-jwt.json"));
        event.remove("rawQueryString");
        JsonNode seen = Events.JSON.readTree(invoke(Events.JSON.writeValueAsBytes(event)).path("body").asText());
        assertThat(seen.path("query")).as("one value each: a comma may be part of a value")
                .isEqualTo(Events.JSON.readTree("{\"parameter1\":[\"value1,value2\"],\"parameter2\":[\"a b\"]}"));
    }

    @Test
    void theAnswerToA2Point0EventIsOfPayload2Point0() throws IOException {
        JsonNode answer = invoke(event("http-api-jwt.json"));
        assertThat(answer.has("multiValueHeaders")).isFalse();
        assertThat(answer.path("headers").path("X-Seen").asText()).isEqualTo("one,two");
        assertThat(answer.path("headers").has("Set-Cookie")).isFalse();
        assertThat(answer.path("cookies").toString()).isEqualTo("[\"session=abc; HttpOnly\",\"theme=dark\"]");
        assertThat(answer.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(fieldNames(answer)).containsExactly("statusCode", "headers", "cookies", "body", "isBase64Encoded");
    }

    @Test
    void theSameRequestAsARestEventSeesTheSame() throws IOException {
        JsonNode http = Events.JSON.readTree(invoke(event("http-api-jwt.json")).path("body").asText());
        JsonNode answer = invoke(Events.rest("POST", "/my/path").query("parameter1", "value1", "value2")
                .query("parameter2", "a b").header("Header2", "value1,value2")
                .header("Cookie", "cookie1=1; cookie2=2").header("Content-Type", "text/plain")
                .text("Hello from a client").bytes());
        JsonNode rest = Events.JSON.readTree(answer.path("body").asText());
        for (String field : new String[] {"method", "path", "rest", "header2", "cookie", "query", "body"}) {
            assertThat(rest.path(field)).as(field).isEqualTo(http.path(field));
        }
        assertThat(answer.path("multiValueHeaders").path("Set-Cookie").toString())
                .isEqualTo("[\"session=abc; HttpOnly\",\"theme=dark\"]");
        assertThat(answer.has("cookies")).isFalse();
    }

    private JsonNode invoke(byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        return Events.JSON.readTree(out.toByteArray());
    }

    private static byte[] event(String name) throws IOException {
        try (InputStream in = PayloadShapesTest.class.getResourceAsStream("/runtime/events/" + name)) {
            return in.readAllBytes();
        }
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        ((ObjectNode) node).fieldNames().forEachRemaining(names::add);
        return names;
    }
}
