package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.sample.SampleApp;
import dev.goblet.sample.SampleAppHandler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test client through the hand-written stand-in for a generated handler, with no network. */
class TestClientTest {
    private final TestClient client = TestClient.of(new SampleAppHandler());

    @Test
    void getsJson() {
        TestResponse response = client.http().get("/users/john").header("Accept", "application/json").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.json().get("username").asText()).isEqualTo("john");
        assertThat(response.jsonAs(SampleApp.User.class))
                .isEqualTo(new SampleApp.User("john", "john@example.com"));
    }

    @Test
    void postsJsonAndGets201() {
        TestResponse response = client.http().post("/users")
                .json(Map.of("username", "ana", "email", "ana@example.com"))
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.jsonAs(SampleApp.User.class).email()).isEqualTo("ana@example.com");
    }

    @Test
    void answers204WithAnEmptyBody() {
        TestResponse response = client.http().delete("/users/ana").send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.bodyText()).isEmpty();
    }

    @Test
    void sendsQueryParametersAndRepeatedHeaders() {
        TestResponse response = client.http().get("/echo?count=1").query("count", "2")
                .header("X-Tag", "red").header("X-Tag", "blue")
                .send();

        JsonNode seen = response.json();
        assertThat(seen.get("counts").toString()).isEqualTo("[1,2]");
        assertThat(seen.get("tags").toString()).isEqualTo("[\"red\",\"blue\"]");
        assertThat(seen.get("stage").asText()).isEqualTo("api");
        assertThat(response.headers().all("x-echo")).containsExactly("first", "second");
        assertThat(response.headers().all("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void sendsAndReceivesBinaryBodies() {
        TestResponse response = client.http().post("/binary").contentType("application/octet-stream")
                .body(new byte[] {0, 1, (byte) 0xfe})
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsExactly((byte) 0xfe, 1, 0);
    }

    @Test
    void reportsErrorsWithChalicesBody() {
        TestResponse malformed = client.http().post("/users").contentType("application/json").body("{").send();
        TestResponse missing = client.http().get("/nowhere").send();
        TestResponse notAllowed = client.http().put("/hello").send();
        TestResponse wrongType = client.http().post("/users").contentType("text/plain").body("ana").send();

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("Code").asText()).isEqualTo("BadRequestError");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).isEqualTo("GET");
        assertThat(wrongType.status()).isEqualTo(415);
    }

    @Test
    void sendsHttpApiEventsOnRequest() {
        TestResponse response = client.withPayload(PayloadVersion.HTTP_2_0).withStage("dev").http().get("/echo")
                .header("X-Tag", "red").header("X-Tag", "blue")
                .send();

        assertThat(response.json().get("stage").asText()).isEqualTo("dev");
        assertThat(response.json().get("tags").toString()).isEqualTo("[\"red,blue\"]");
        assertThat(response.headers().all("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void saysWhatTheBodyWasWhenItIsNotJson() {
        TestResponse response = client.http().delete("/users/ana").send();

        assertThatThrownBy(response::json).isInstanceOf(IllegalStateException.class)
                .hasMessage("The answer to DELETE /users/ana (204) has no body");
        assertThatThrownBy(() -> client.http().get("/boom").send().jsonAs(Integer.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("InternalServerError");
    }

    @Test
    void invokesTheApiHandlerWithARawEvent() {
        JsonNode result = client.lambda().invoke("api_handler", Events.restApi("GET", "/hello").build());

        assertThat(result.get("statusCode").asInt()).isEqualTo(200);
        assertThat(result.get("body").asText()).isEqualTo("{\"hello\":\"world\"}");
        assertThat(result.get("multiValueHeaders").get("Content-Type").get(0).asText())
                .isEqualTo("application/json");
    }

    @Test
    void invokingAnUnknownFunctionNamesTheKnownOnes() {
        assertThatThrownBy(() -> client.lambda().invoke("worker", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No function named 'worker'; this app has: api_handler");
    }

    @Test
    void answersANonProxyPayloadWith400() {
        JsonNode result = client.lambda().invoke("api_handler", Map.of("hello", "there"));

        assertThat(result.get("statusCode").asInt()).isEqualTo(400);
    }
}
