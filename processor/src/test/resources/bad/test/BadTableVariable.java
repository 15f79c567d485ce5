package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;

@App(name = "bad")
@DynamoDbTable(resource = "Users", partitionKey = "username", environmentVariable = "1-TABLE")
public class BadTableVariable {
    @Route(path = "/users")
    public String list() { return ""; }
}
