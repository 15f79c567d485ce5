package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;

@App(name = "bad")
@DynamoDbTable(resource = "Users", partitionKey = "username", environmentVariable = "USERS")
@DynamoDbTable(resource = "Orders", partitionKey = " ", environmentVariable = "ORDERS")
public class TableWithoutKey {
    @Route(path = "/users")
    public String list() { return ""; }
}
