package com.example.users;

import dev.goblet.App;
import dev.goblet.ConflictError;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Route;

@App(name = "web-api")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "DYNAMODB_TABLE_NAME",
        actions = {"GetItem", "PutItem", "DeleteItem"})
public final class UsersApi {
    private final UserStore users;

    /** How Lambda makes the app: once per container, configured from its environment. */
    public UsersApi() {
        this(UserStore.fromEnvironment(System.getenv()));
    }

    /** How a test makes it, on a store of its own. */
    public UsersApi(UserStore users) {
        this.users = users;
    }

    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(User user) {
        if (!users.create(user)) {
            throw new ConflictError("User '" + user.username() + "' already exists");
        }
        return user;
    }

    @Route(path = "/users/{username}")
    public User getUser(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundError("User '" + username + "' not found"));
    }

    @Route(path = "/users/{username}", methods = HttpMethod.DELETE, status = 204)
    public void deleteUser(String username) {
        if (!users.delete(username)) {
            throw new NotFoundError("User '" + username + "' not found");
        }
    }
}
