package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restart of the service (a new app, a new DynamoDB client, configured from the environment as Lambda does it)
 * finds every user the previous one stored, and the cursors it handed out, while the database stays up.
 */
@ExtendWith(DynaliteExtension.class)
class RestartTest {
    @Test
    void aRestartedServiceLosesNoUserAndKeepsHonouringCursors(Dynalite dynalite) {
        // Cursors outlive a restart only when the key is configured: unset, each start draws a random one.
        Map<String, String> environment =
                new java.util.HashMap<>(UsersTable.environment(dynalite, "users-" + UUID.randomUUID()));
        environment.put(CursorCodec.KEY_VARIABLE, "restart-test-key");
        try (var admin = dynalite.client()) {
            UsersTable.createIfAbsent(admin, environment.get(DynamoUserStore.TABLE_NAME_VARIABLE));
        }

        String cursor;
        try (DynamoUserStore store = DynamoUserStore.fromEnvironment(environment)) {
            ProxyEventClient before = service(store, environment);
            for (int i = 0; i < 10; i++) {
                assertThat(before.post("/users", "{\"username\":\"user" + i + "\",\"email\":\"u" + i
                        + "@example.com\"}").status()).isEqualTo(201);
            }
            assertThat(before.delete("/users/user9").status()).isEqualTo(204);
            cursor = before.get("/users?limit=4").json().path("next").asText();
        }

        try (DynamoUserStore store = DynamoUserStore.fromEnvironment(environment)) {
            ProxyEventClient after = service(store, environment);
            for (int i = 0; i < 9; i++) {
                JsonNode user = after.get("/users/user" + i).json();
                assertThat(user.path("email").asText()).isEqualTo("u" + i + "@example.com");
            }
            assertThat(after.get("/users/user9").status()).isEqualTo(404);
            assertThat(after.post("/users", "{\"username\":\"user0\",\"email\":\"x@example.com\"}").status())
                    .isEqualTo(409);
            // The cursor continues its own query (limit=4) after the restart, page after page.
            Set<String> rest = new HashSet<>();
            for (String next = cursor; !next.isEmpty(); ) {
                JsonNode page = after.get("/users?limit=4&next=" + next).json();
                page.path("users").forEach(u -> rest.add(u.path("username").asText()));
                next = page.path("next").isTextual() ? page.path("next").asText() : "";
            }
            assertThat(rest).hasSize(5);
        }
        assertThat(dynalite.isRunning()).isTrue();
    }

    @Test
    void aServiceWithoutItsTableNameSaysWhatToSet() {
        assertThatThrownBy(() -> DynamoUserStore.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set DYNAMODB_TABLE_NAME to the name of the users table");
    }

    private static ProxyEventClient service(DynamoUserStore store, Map<String, String> environment) {
        return new ProxyEventClient(new WebApiHandler(new UsersApi(store, CursorCodec.fromEnvironment(environment))));
    }
}
