package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;

@App(name = "bad-table-action")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "USERS",
        actions = {"GetItem", "dynamodb:PutItem"})
public class BadTableAction {
    @Route(path = "/")
    public String index() { return "ok"; }
}
