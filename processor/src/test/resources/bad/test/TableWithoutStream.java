package test;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.OnDynamoDbRecord;

@App(name = "table-without-stream")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "USERS")
public class TableWithoutStream {
    @OnDynamoDbRecord(batchSize = 10,
            table = "UsersTable")
    public void onChange(DynamoDbRecord change) {}
}
