package dev.goblet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.testing.MultipartBody;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Middleware reads a request's form through {@code Request.form()}, and the route still binds the same body. */
class MiddlewareFormsTest {
    private final TestClient client = TestClient.of(new GuardedFormsHandler());

    @Test
    void middlewareReadsAUrlEncodedFormAndTheRouteBindsIt() {
        TestResponse response = client.http().post("/notes").header("Cookie", "token=t1").form("text", "hello")
                .form("token", "t1").send();

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.json().get("text").asText()).isEqualTo("hello");
    }

    @Test
    void middlewareReadsAMultipartForm() {
        TestResponse response = client.http().post("/notes").header("Cookie", "token=t2")
                .multipart(MultipartBody.create().field("text", "hi").field("token", "t2")).send();

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.json().get("text").asText()).isEqualTo("hi");
    }

    @Test
    void aFormWhoseTokenDiffersIsRefusedBeforeTheRoute() {
        TestResponse response = client.http().post("/notes").header("Cookie", "token=t1").form("text", "hello")
                .form("token", "other").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("Code").asText()).isEqualTo("ForbiddenError");
    }

    @Test
    void aBodyThatIsNoFormHasNoFields() {
        TestResponse response = client.http().post("/json").header("Cookie", "token=t1")
                .json(Map.of("token", "t1")).send();

        assertThat(response.status()).as("a JSON body's members are no form fields").isEqualTo(403);
    }

    @Test
    void aMalformedFormIsABadRequestWhenMiddlewareReadsIt() {
        TestResponse response = client.http().post("/notes").header("Cookie", "token=t1")
                .header("Content-Type", "application/x-www-form-urlencoded").body("token=%zz").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).startsWith("Malformed form body");
    }
}
