package test.users;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "users")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "DYNAMODB_TABLE_NAME")
public class UsersApp {
    public record User(String username, String email) {}

    @Route(path = "/users/{username}", methods = HttpMethod.GET)
    public User user(String username) {
        return new User(username, "");
    }
}
