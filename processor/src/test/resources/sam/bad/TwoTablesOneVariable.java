package test.bad;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "two-tables")
@DynamoDbTable(resource = "Users", partitionKey = "username", environmentVariable = "TABLE")
@DynamoDbTable(resource = "RestAPI", partitionKey = "id", environmentVariable = "TABLE")
public class TwoTablesOneVariable {
    @Route(path = "/ping", methods = HttpMethod.GET)
    public String ping() {
        return "pong";
    }
}
