package dev.goblet.notes;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.Route;
import java.util.Map;

/** Notes by owner and number, and their owners: the tables are what matters here, the route only makes it an API. */
@App(name = "notes")
@DynamoDbTable(resource = "NotesTable", partitionKey = "owner", sortKey = "id", sortKeyType = "N",
        environmentVariable = "NOTES_TABLE", stream = "NEW_IMAGE")
@DynamoDbTable(resource = "OwnersTable", partitionKey = "owner", environmentVariable = "OWNERS_TABLE")
public final class NotesApp {
    @Route(path = "/notes")
    public Map<String, String> notes() {
        return Map.of();
    }
}
