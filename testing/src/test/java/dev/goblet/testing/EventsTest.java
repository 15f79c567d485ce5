package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.Request;
import dev.goblet.internal.ProxyEventReader;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events are shaped as API Gateway's, and the runtime reads back what they were built with. */
class EventsTest {
    private static final Instant TIME = Instant.parse("2026-04-09T12:34:56Z");

    @Test
    void restApiEventHasPayload1Fields() {
        ObjectNode event = Events.restApi("get", "/users/john?a=1&a=2&b=x%20y")
                .header("Accept", "application/json").header("X-Tag", "red").header("X-Tag", "blue")
                .header("User-Agent", "curl/8")
                .route("/users/{username}", Map.of("username", "john"))
                .requestId("req-1").time(TIME).stage("api")
                .build();

        assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(event.get("resource").asText()).isEqualTo("/users/{username}");
        assertThat(event.get("path").asText()).isEqualTo("/users/john");
        assertThat(event.get("headers").get("X-Tag").asText()).isEqualTo("blue");
        assertThat(event.get("multiValueHeaders").get("X-Tag").toString()).isEqualTo("[\"red\",\"blue\"]");
        assertThat(event.get("queryStringParameters").get("a").asText()).isEqualTo("2");
        assertThat(event.get("multiValueQueryStringParameters").get("a").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(event.get("queryStringParameters").get("b").asText()).isEqualTo("x y");
        assertThat(event.get("pathParameters").get("username").asText()).isEqualTo("john");
        assertThat(event.get("body").isNull()).isTrue();
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
        JsonNode context = event.get("requestContext");
        assertThat(context.get("stage").asText()).isEqualTo("api");
        assertThat(context.get("requestId").asText()).isEqualTo("req-1");
        assertThat(context.get("requestTime").asText()).isEqualTo("09/Apr/2026:12:34:56 +0000");
        assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(TIME.toEpochMilli());
        assertThat(context.get("path").asText()).isEqualTo("/api/users/john");
        assertThat(context.get("identity").get("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.get("identity").get("userAgent").asText()).isEqualTo("curl/8");
        assertThat(context.get("identity").has("cognitoIdentityId")).isTrue();
    }

    @Test
    void aRestApisBinaryMediaTypesAloneDecideWhatIsBase64() {
        BinaryMediaTypes types = new BinaryMediaTypes(java.util.List.of("image/*", "application/pdf"));
        ObjectNode image = Events.restApi("POST", "/up").header("Content-Type", "image/png; q=1")
                .body(new byte[] {(byte) 0x89, 'P'}).binaryMediaTypes(types).build();
        assertThat(image.get("isBase64Encoded").asBoolean()).isTrue();
        ObjectNode json = Events.restApi("POST", "/up").header("Content-Type", "application/json")
                .body("{}").binaryMediaTypes(types).build();
        assertThat(json.get("isBase64Encoded").asBoolean()).isFalse();
        ObjectNode octets = Events.restApi("POST", "/up").header("Content-Type", "application/octet-stream")
                .body(new byte[] {1, 2}).binaryMediaTypes(types).build();
        assertThat(octets.get("isBase64Encoded").asBoolean()).as("not one of the types: text, as deployed").isFalse();

        assertThat(types.decodesFor("image/webp, */*")).isTrue();
        assertThat(types.decodesFor("*/*, image/webp")).as("the first type decides").isFalse();
        assertThat(types.decodesFor(null)).isFalse();
        assertThat(new BinaryMediaTypes(java.util.List.of("*/*")).decodesFor("text/html")).isTrue();
    }

    @Test
    void functionUrlEventIsPayload2OnTheDefaultStage() {
        ObjectNode event = Events.functionUrl("GET", "/users/ana?x=1").build();

        assertThat(event.get("version").asText()).isEqualTo("2.0");
        assertThat(event.get("routeKey").asText()).isEqualTo("$default");
        assertThat(event.get("rawPath").asText()).isEqualTo("/users/ana");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("x=1");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/users/ana");
    }

    @Test
    void httpApiEventHasPayload2Fields() {
        ObjectNode event = Events.httpApi("POST", "/users?a=1&a=2")
                .header("Content-Type", "application/json").header("X-Tag", "red").header("X-Tag", "blue")
                .header("Cookie", "s=1; t=2")
                .route("/users", Map.of())
                .stage("dev").time(TIME).body("{\"username\":\"ana\"}")
                .build();

        assertThat(event.get("version").asText()).isEqualTo("2.0");
        assertThat(event.get("routeKey").asText()).isEqualTo("POST /users");
        assertThat(event.get("rawPath").asText()).isEqualTo("/dev/users");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("a=1&a=2");
        assertThat(event.get("headers").get("x-tag").asText()).isEqualTo("red,blue");
        assertThat(event.get("headers").has("cookie")).isFalse();
        assertThat(event.get("cookies").toString()).isEqualTo("[\"s=1\",\"t=2\"]");
        assertThat(event.get("queryStringParameters").get("a").asText()).isEqualTo("1,2");
        assertThat(event.get("body").asText()).isEqualTo("{\"username\":\"ana\"}");
        JsonNode context = event.get("requestContext");
        assertThat(context.get("http").get("method").asText()).isEqualTo("POST");
        assertThat(context.get("http").get("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.get("time").asText()).isEqualTo("09/Apr/2026:12:34:56 +0000");
        assertThat(context.get("timeEpoch").asLong()).isEqualTo(TIME.toEpochMilli());
        assertThat(context.get("stage").asText()).isEqualTo("dev");
        assertThat(context.get("requestId").asText()).isNotEmpty();
    }

    @Test
    void binaryBodiesAreBase64AndTextIsNot() {
        byte[] bytes = {(byte) 0xff, 0, 1};
        ObjectNode binary = Events.restApi("POST", "/f").header("Content-Type", "image/png").body(bytes).build();
        ObjectNode invalidText = Events.restApi("POST", "/f").header("Content-Type", "text/plain").body(bytes).build();
        ObjectNode text = Events.restApi("POST", "/f").header("Content-Type", "text/plain").body("héllo").build();

        assertThat(binary.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.get("body").asText())).containsExactly(bytes);
        assertThat(invalidText.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(text.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(text.get("body").asText()).isEqualTo("héllo");
    }

    @Test
    void theRuntimeReadsBothVersionsBackAlike() {
        for (PayloadVersion version : PayloadVersion.values()) {
            Request request = ProxyEventReader.read(Events.apiGateway(version, "PUT", "/users/ana")
                    .query("tag", "a b").query("tag", "c").header("X-Token", "t")
                    .header("Content-Type", "application/octet-stream").body(new byte[] {9, (byte) 0x80})
                    .stage("prod").requestId("id-" + version)
                    .build());

            assertThat(request.method()).as(version.label()).isEqualTo("PUT");
            assertThat(request.path()).as(version.label()).isEqualTo("/users/ana");
            assertThat(request.queryParameterValues("tag")).as(version.label()).containsExactly("a b", "c");
            assertThat(request.header("x-token")).as(version.label()).isEqualTo("t");
            assertThat(request.rawBody()).as(version.label()).containsExactly(9, (byte) 0x80);
            assertThat(request.stage()).as(version.label()).isEqualTo("prod");
            assertThat(request.requestId()).as(version.label()).isEqualTo("id-" + version);
            assertThat(request.identity().sourceIp()).as(version.label()).isEqualTo("127.0.0.1");
        }
    }
}
