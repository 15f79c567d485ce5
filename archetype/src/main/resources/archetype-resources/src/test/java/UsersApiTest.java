package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersApiTest {
    private final TestClient client = TestClient.of(new WebApiHandler());

    @Test
    void createsReadsAndDeletesAUser() {
        TestResponse created = client.http().post("/users")
                .json(Map.of("username", "john", "email", "john@example.com"))
                .send();
        assertEquals(201, created.status());

        TestResponse read = client.http().get("/users/john").send();
        assertEquals("john@example.com", read.json().get("email").asText());

        assertEquals(204, client.http().delete("/users/john").send().status());
        TestResponse gone = client.http().get("/users/john").send();
        assertEquals(404, gone.status());
        assertEquals("NotFoundError", gone.json().get("Code").asText());
    }
}
