package ${package};

import dev.goblet.App;
import dev.goblet.ConflictError;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Route;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@App(name = "web-api")
public final class UsersApi {
    public record User(String username, String email) {}

    private final Map<String, User> users = new ConcurrentHashMap<>();

    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(User user) {
        if (users.putIfAbsent(user.username(), user) != null) {
            throw new ConflictError("User " + user.username() + " already exists");
        }
        return user;
    }

    @Route(path = "/users/{username}")
    public User getUser(String username) {
        User user = users.get(username);
        if (user == null) {
            throw new NotFoundError("No user " + username);
        }
        return user;
    }

    @Route(path = "/users/{username}", methods = HttpMethod.DELETE)
    public void deleteUser(String username) {
        users.remove(username);
    }
}
