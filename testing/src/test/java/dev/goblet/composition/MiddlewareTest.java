package dev.goblet.composition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** Middleware order, replaced requests and short-circuits through the entry point generated for {@link LayeredApp}. */
class MiddlewareTest {
    private final LayeredApp app = new LayeredApp();
    private final TestClient client = TestClient.of(new LayeredAppHandler(app));

    @Test
    void middlewareRunsInDeclaredOrderAroundTheRoute() {
        TestResponse response = client.http().get("/hello").header("X-Api-Key", "k1").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(app.seen).containsExactly("stamp in", "authenticate", "route", "stamp out 200");
        assertThat(response.header("X-Stamp")).isEqualTo("outer");
    }

    @Test
    void aMiddlewareReplacesTheRequestTheRouteGets() {
        TestResponse response = client.http().get("/hello").header("X-Api-Key", "k1").send();

        assertThat(response.json().get("tenant").asText()).isEqualTo("tenant-of-k1");
    }

    @Test
    void aMiddlewareShortCircuitsWithAnAnswer() {
        TestResponse response = client.http().get("/hello").header("X-Api-Key", "stop").send();

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("X-Stamp")).isEqualTo("outer");
        assertThat(app.seen).containsExactly("stamp in", "authenticate", "stamp out 429");
    }

    @Test
    void aMiddlewareShortCircuitsWithAnErrorTheOuterOneSees() {
        TestResponse response = client.http().get("/hello").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("Code").asText()).isEqualTo("UnauthorizedError");
        assertThat(app.seen).containsExactly("stamp in", "authenticate", "stamp saw UnauthorizedError");
    }

    @Test
    void middlewareSeesWhatARouteThrowsAndAMissingRoute() {
        TestResponse thrown = client.http().get("/fail").header("X-Api-Key", "k1").send();
        TestResponse missing = client.http().get("/nowhere").header("X-Api-Key", "k1").send();

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(app.seen).containsExactly("stamp in", "authenticate", "stamp saw NotFoundError",
                "stamp in", "authenticate", "stamp saw NotFoundError");
    }
}
