package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.NotFoundError;
import dev.goblet.Response;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyResponseWriterTest {
    private static final Response MULTI = ResponseEncoder.encode(Response.status(200)
            .header("X-Tag", "red").header("X-Tag", "blue")
            .header("Set-Cookie", "session=abc; HttpOnly").header("Set-Cookie", "theme=dark; Path=/")
            .body("hi").build());

    @Test
    void v1HasEveryFieldApiGatewayReads() {
        ObjectNode out = ProxyResponseWriter.write(MULTI, false);

        assertThat(out.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
        assertThat(out.get("statusCode").isInt()).isTrue();
        assertThat(out.get("statusCode").asInt()).isEqualTo(200);
        assertThat(out.get("body").asText()).isEqualTo("hi");
        assertThat(out.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void v1KeepsEveryValueInMultiValueHeaders() {
        ObjectNode out = ProxyResponseWriter.write(MULTI, false);

        assertThat(texts(out.at("/multiValueHeaders/X-Tag"))).containsExactly("red", "blue");
        assertThat(texts(out.at("/multiValueHeaders/Set-Cookie")))
                .containsExactly("session=abc; HttpOnly", "theme=dark; Path=/");
        assertThat(out.at("/multiValueHeaders/Content-Type/0").asText()).startsWith("text/plain");
        assertThat(out.at("/headers/Content-Type").asText()).startsWith("text/plain");
        assertThat(out.has("cookies")).isFalse();
    }

    @Test
    void v2JoinsRepeatedHeadersWithCommasAndMovesSetCookieToCookies() {
        ObjectNode out = ProxyResponseWriter.write(MULTI, true);

        assertThat(out.has("multiValueHeaders")).isFalse();
        assertThat(out.at("/headers/X-Tag").asText()).isEqualTo("red,blue");
        assertThat(out.get("headers").has("Set-Cookie")).isFalse();
        assertThat(texts(out.get("cookies"))).containsExactly("session=abc; HttpOnly", "theme=dark; Path=/");
        assertThat(out.get("statusCode").asInt()).isEqualTo(200);
        assertThat(out.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void v2SetCookieMatchesWithoutRegardToCase() {
        Response response = Response.status(200).header("set-cookie", "a=1").build();

        ObjectNode out = ProxyResponseWriter.write(response, true);

        assertThat(texts(out.get("cookies"))).containsExactly("a=1");
        assertThat(out.get("headers").isEmpty()).isTrue();
    }

    @Test
    void v2WithoutCookiesHasNoCookiesField() {
        assertThat(ProxyResponseWriter.write(Response.noContent(), true).has("cookies")).isFalse();
    }

    @Test
    void bytesAreBase64OnTheWire() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe};
        Response response = ResponseEncoder.encode(Response.status(200).body(bytes).build());

        for (boolean v2 : new boolean[] {false, true}) {
            ObjectNode out = ProxyResponseWriter.write(response, v2);

            assertThat(out.get("isBase64Encoded").asBoolean()).isTrue();
            assertThat(Base64.getDecoder().decode(out.get("body").asText())).isEqualTo(bytes);
            assertThat(out.at("/headers/Content-Type").asText()).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void noContentHasAnEmptyBody() {
        ObjectNode out = ProxyResponseWriter.write(Response.noContent(), false);

        assertThat(out.get("statusCode").asInt()).isEqualTo(204);
        assertThat(out.get("body").asText()).isEmpty();
        assertThat(out.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(out.get("headers").isEmpty()).isTrue();
    }

    @Test
    void errorBodyIsChaliceJsonInBothVersions() throws Exception {
        Response error = ResponseEncoder.error(new NotFoundError("No user jdoe"));

        for (boolean v2 : new boolean[] {false, true}) {
            ObjectNode out = ProxyResponseWriter.write(error, v2);

            assertThat(out.get("statusCode").asInt()).isEqualTo(404);
            JsonNode body = JsonBodies.MAPPER.readTree(out.get("body").asText());
            assertThat(body.get("Code").asText()).isEqualTo("NotFoundError");
            assertThat(body.get("Message").asText()).isEqualTo("No user jdoe");
        }
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
