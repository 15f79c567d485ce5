package test.openapi;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.ConflictError;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/**
 * Operations: parameters, bodies, status, errors from throws and from the framework, Javadoc and swagger
 * annotations.
 */
@App(name = "operations", version = "2.1.0")
@Tag(name = "users", description = "Who may sign in")
public class OperationsApp {
    /** A user of the service. */
    @Schema(name = "Member", description = "A member of the service.")
    public record User(
            @Schema(description = "Unique, lower case.", example = "alice") String username,
            @Schema(example = "alice@example.com", format = "email") String email,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Integer age) {}

    /** A user who is not there. */
    public static class NoSuchUser extends NotFoundError {
        public NoSuchUser(String name) {
            super("No user " + name);
        }
    }

    /**
     * Creates a user.
     *
     * <p>The name must be free. Use {@code PUT} to replace one.
     *
     * @param user the user to create
     * @return the user as stored
     * @throws ConflictError when the name is taken
     */
    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User create(User user) throws ConflictError {
        return user;
    }

    /**
     * Reads a user.
     *
     * @param username whose
     * @throws NoSuchUser when there is none by that name
     */
    @Route(path = "/users/{username}")
    public User read(String username, @Header("X-Trace") Optional<String> trace) throws NoSuchUser {
        return null;
    }

    /** Lists users. */
    @Route(path = "/users")
    @Operation(summary = "List the users", description = "Pages through every user.", operationId = "listUsers")
    public List<User> list(
            @Query(defaultValue = "20") int limit,
            @Query @Parameter(description = "Only names with this prefix", example = "al") Optional<String> prefix,
            @Query("tag") List<String> tags) {
        return List.of();
    }

    @Route(path = "/users/{username}", methods = HttpMethod.DELETE)
    @Deprecated
    public void delete(String username) throws NotFoundError, BadRequestError {
    }

    @Route(path = "/users/{id}/avatar", methods = {HttpMethod.PUT, HttpMethod.POST}, contentTypes = "image/png")
    public Response avatar(long id, byte[] png, Request request) {
        return Response.status(204).build();
    }

    @Route(path = "/files/{path+}")
    @Operation(hidden = true)
    public String file(String path) {
        return path;
    }
}
