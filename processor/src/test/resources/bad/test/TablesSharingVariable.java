package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;

@App(name = "bad")
@DynamoDbTable(resource = "Users", partitionKey = "username", environmentVariable = "TABLE")
@DynamoDbTable(resource = "Orders", partitionKey = "id", environmentVariable = "TABLE")
public class TablesSharingVariable {
    @Route(path = "/users")
    public String list() { return ""; }
}
