package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class UsersApiTest {
    private TestClient client;

    @BeforeEach
    void startTheAppOnFreshTables(Dynalite dynalite) {
        // The app's @DynamoDbTable tables, new for this test, and the variables Lambda would give the app.
        Map<String, String> environment = dynalite.createTables(WebApiHandler.class);
        client = TestClient.of(new WebApiHandler(new UsersApi(UserStore.fromEnvironment(environment))));
    }

    @Test
    void createsReadsAndDeletesAUser() {
        TestResponse created = client.http().post("/users")
                .json(Map.of("username", "john", "email", "john@example.com"))
                .send();
        assertEquals(201, created.status());
        assertEquals("john@example.com", client.http().get("/users/john").send().json().get("email").asText());

        assertEquals(204, client.http().delete("/users/john").send().status());
        TestResponse gone = client.http().get("/users/john").send();
        assertEquals(404, gone.status());
        assertEquals("User 'john' not found", gone.json().get("Message").asText());
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Map<String, String> john = Map.of("username", "john", "email", "john@example.com");
        assertEquals(201, client.http().post("/users").json(john).send().status());

        TestResponse again = client.http().post("/users").json(john).send();
        assertEquals(409, again.status());
        assertEquals("ConflictError", again.json().get("Code").asText());
    }
}
