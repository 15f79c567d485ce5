package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.example.users.client.ApiClient;
import dev.goblet.example.users.client.ApiException;
import dev.goblet.example.users.client.api.DefaultApi;
import dev.goblet.example.users.client.model.Error;
import dev.goblet.example.users.client.model.User;
import dev.goblet.local.LocalServer;
import dev.goblet.local.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator made from the {@code openapi.json} Goblet wrote for this service, against
 * the service running on the local server over real HTTP, with dynalite behind it. If the document and the service
 * disagreed on a path, a schema or a status, these calls would fail.
 */
class ClientIntegrationTest {
    private static LocalUsersService service;
    private static LocalServer server;
    private static DefaultApi api;

    @BeforeAll
    static void start() throws Exception {
        service = LocalUsersService.start();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        server = LocalServer.start(service.handler(), ServerOptions.defaults().withPort(0).withLog(quiet));
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.uri().toString());
        api = new DefaultApi(client);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void createReadAndDeleteAUser() throws ApiException {
        User created = api.createUser(new User().username("ann").email("ann@example.com"));
        assertThat(created.getUsername()).isEqualTo("ann");
        assertThat(created.getEmail()).isEqualTo("ann@example.com");

        User read = api.getUser("ann");
        assertThat(read.getEmail()).isEqualTo("ann@example.com");

        api.deleteUser("ann");
        assertThatThrownBy(() -> api.getUser("ann")).isInstanceOf(ApiException.class);
    }

    @Test
    void anAbsentUserIsATyped404() {
        ApiException error = catchApi(() -> api.getUser("nobody"));

        assertThat(error.getCode()).isEqualTo(404);
        Error body = errorBody(error);
        assertThat(body.getCode()).isEqualTo("NotFoundError");
        assertThat(body.getMessage()).isEqualTo("User 'nobody' not found");
    }

    @Test
    void aTakenUsernameIsATyped409() throws ApiException {
        api.createUser(new User().username("bob").email("bob@example.com"));

        ApiException error = catchApi(() -> api.createUser(new User().username("bob").email("other@example.com")));

        assertThat(error.getCode()).isEqualTo(409);
        Error body = errorBody(error);
        assertThat(body.getCode()).isEqualTo("ConflictError");
        assertThat(body.getMessage()).isEqualTo("User 'bob' already exists");
        assertThat(api.getUser("bob").getEmail()).isEqualTo("bob@example.com");
    }

    /** The error answer read as the document's {@code Error} schema, with the client's own JSON mapper. */
    private static Error errorBody(ApiException error) {
        try {
            return new ApiClient().getObjectMapper().readValue(error.getResponseBody(), Error.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("The error body is not the documented Error: " + error.getResponseBody(), e);
        }
    }

    private static ApiException catchApi(ApiCall call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("Expected the call to fail");
    }

    @FunctionalInterface
    private interface ApiCall {
        void run() throws ApiException;
    }
}
