package dev.goblet.example.users;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

/** The users service of the walkthrough: create, read and delete users kept in DynamoDB. */
@App(name = "web-api")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "DYNAMODB_TABLE_NAME")
public final class UsersApi {
    /** A user as the API sends and receives it. */
    public record User(String username, String email) {}

    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(User user) {
        return user;
    }
}
