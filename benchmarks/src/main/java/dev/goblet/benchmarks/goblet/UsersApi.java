package dev.goblet.benchmarks.goblet;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.ConflictError;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Query;
import dev.goblet.Route;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.benchmarks.users.User;
import dev.goblet.benchmarks.users.UserChanges;
import dev.goblet.benchmarks.users.UserPage;
import dev.goblet.benchmarks.users.UserRules;
import dev.goblet.benchmarks.users.UserStore;
import java.util.Optional;

/** The users API of the walkthrough on Goblet: five routes over a {@link UserStore}. */
@App(name = "web-api")
public final class UsersApi {
    private final UserStore store;

    /** Lambda's constructor: users kept in memory, so that the figures measure dispatch, not a database. */
    public UsersApi() {
        this(new InMemoryUserStore());
    }

    public UsersApi(UserStore store) {
        this.store = store;
    }

    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(User user) {
        check(UserRules.checkNewUser(user));
        if (!store.create(user)) {
            throw new ConflictError("User '" + user.username() + "' already exists");
        }
        return user;
    }

    @Route(path = "/users/{username}")
    public User getUser(String username) {
        check(UserRules.checkUsername(username));
        return store.find(username).orElseThrow(() -> notFound(username));
    }

    @Route(path = "/users/{username}", methods = HttpMethod.PUT)
    public User updateUser(String username, UserChanges changes) {
        check(UserRules.checkUsername(username));
        check(UserRules.checkChanges(changes));
        return store.update(username, changes).orElseThrow(() -> notFound(username));
    }

    @Route(path = "/users/{username}", methods = HttpMethod.DELETE, status = 204)
    public void deleteUser(String username) {
        check(UserRules.checkUsername(username));
        if (!store.delete(username)) {
            throw notFound(username);
        }
    }

    @Route(path = "/users")
    public UserPage listUsers(@Query(defaultValue = "25") int limit, @Query Optional<String> next) {
        check(UserRules.checkLimit(limit));
        UserStore.Page page = store.list(limit, next.orElse(null));
        return new UserPage(page.users(), page.lastUsername());
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new BadRequestError(problem);
        }
    }

    private static NotFoundError notFound(String username) {
        return new NotFoundError("User '" + username + "' not found");
    }
}
