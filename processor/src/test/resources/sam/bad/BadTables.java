package test.bad;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad-tables")
@DynamoDbTable(resource = "Orders", partitionKey = "id", partitionKeyType = "X", environmentVariable = "ORDERS")
public class BadTables {
    @Route(path = "/ping", methods = HttpMethod.GET)
    public String ping() {
        return "pong";
    }
}
