package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.event.SnsTopic;

@App(name = "taken-queue-variable")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "USERS")
@SnsTopic(name = "user-events", environmentVariable = "USERS")
public class TakenQueueVariable {
    @dev.goblet.Route(path = "/")
    public String index() { return "ok"; }
}
