package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.example.users.ProxyEventClient.Reply;
import dev.goblet.testing.Dynalite;
import org.junit.jupiter.api.Test;

/** The local service answers the walkthrough's three requests, and stops its dynalite when closed. */
class LocalUsersServiceTest {
    @Test
    void servesTheWalkthroughRequestsAndStopsDynaliteWhenClosed() throws Exception {
        Dynalite dynalite;
        try (LocalUsersService service = LocalUsersService.start()) {
            assertThat(service.environment()).containsEntry("DYNAMODB_TABLE_NAME",
                    System.getenv().getOrDefault("DYNAMODB_TABLE_NAME", LocalUsersService.DEFAULT_TABLE))
                    .containsEntry("DYNAMODB_ENDPOINT", service.dynamoEndpoint().toString());
            ProxyEventClient api = new ProxyEventClient(service.handler());

            Reply created = api.post("/users", "{\"username\":\"john\", \"email\":\"john@example.com\"}");
            assertThat(created.status()).isEqualTo(201);
            Reply read = api.get("/users/john");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("{\"username\":\"john\",\"email\":\"john@example.com\"}");
            assertThat(api.delete("/users/john").status()).isEqualTo(204);
            assertThat(api.get("/users/john").status()).isEqualTo(404);
            dynalite = service.dynalite();
            assertThat(dynalite.isRunning()).isTrue();
        }
        assertThat(dynalite.isRunning()).isFalse();
    }
}
