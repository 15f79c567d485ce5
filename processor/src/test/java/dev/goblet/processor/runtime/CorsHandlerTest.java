package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The CORS headers of the handler generated for {@link CorsApi}: on answers, errors and preflights. */
class CorsHandlerTest {
    private static final String APP_ALLOWED = "Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,"
            + "X-Api-Key,X-Request-Id";

    private final CorsSampleHandler handler = new CorsSampleHandler();

    @Test
    void anAnswerCarriesTheAppsHeaders() throws IOException {
        JsonNode headers = invoke(Events.rest("GET", "/notes")).get("headers");
        assertThat(headers.path("Access-Control-Allow-Origin").asText()).isEqualTo("https://app.example.com");
        assertThat(headers.path("Access-Control-Allow-Headers").asText()).isEqualTo(APP_ALLOWED);
        assertThat(headers.path("Access-Control-Expose-Headers").asText()).isEqualTo("X-Total");
        assertThat(headers.path("Access-Control-Max-Age").asText()).isEqualTo("600");
        assertThat(headers.path("Access-Control-Allow-Credentials").asText()).isEqualTo("true");
    }

    @Test
    void errorsOfARouteAndOfNoRouteCarryThem() throws IOException {
        JsonNode thrown = invoke(Events.rest("GET", "/notes/7"));
        assertThat(thrown.get("statusCode").asInt()).isEqualTo(404);
        assertThat(thrown.get("headers").path("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
        JsonNode badBody = invoke(Events.rest("POST", "/notes").json("{\"text\":"));
        assertThat(badBody.get("statusCode").asInt()).isEqualTo(400);
        assertThat(badBody.get("headers").path("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
        JsonNode noRoute = invoke(Events.rest("GET", "/nowhere"));
        assertThat(noRoute.get("statusCode").asInt()).isEqualTo(404);
        assertThat(noRoute.get("headers").path("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
    }

    @Test
    void aPreflightNamesEveryMethodOfThePath() throws IOException {
        JsonNode answer = invoke(Events.rest("OPTIONS", "/notes/7").header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "DELETE"));
        assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
        JsonNode headers = answer.get("headers");
        assertThat(headers.path("Access-Control-Allow-Methods").asText()).isEqualTo("GET,DELETE,OPTIONS");
        assertThat(headers.path("Access-Control-Allow-Origin").asText()).isEqualTo("https://app.example.com");
        assertThat(headers.path("Access-Control-Max-Age").asText()).isEqualTo("600");
        JsonNode both = invoke(Events.rest("OPTIONS", "/notes")).get("headers");
        assertThat(both.path("Access-Control-Allow-Methods").asText()).isEqualTo("GET,POST,OPTIONS");
    }

    @Test
    void aRouteCanReplaceOrTurnOffTheAppsCors() throws IOException {
        JsonNode open = invoke(Events.rest("GET", "/public")).get("headers");
        assertThat(open.path("Access-Control-Allow-Origin").asText()).isEqualTo("*");
        assertThat(open.has("Access-Control-Allow-Credentials")).isFalse();
        assertThat(open.path("Access-Control-Allow-Headers").asText())
                .isEqualTo("Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key");
        JsonNode closed = invoke(Events.rest("GET", "/private"));
        assertThat(closed.get("headers").has("Access-Control-Allow-Origin")).isFalse();
        JsonNode closedPreflight = invoke(Events.rest("OPTIONS", "/private"));
        assertThat(closedPreflight.get("statusCode").asInt()).isEqualTo(405);
    }

    private JsonNode invoke(Events event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, null);
        return Events.JSON.readTree(out.toByteArray());
    }
}
