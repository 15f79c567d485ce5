package dev.goblet.cdk.sample;

import dev.goblet.ApiKeyRequired;
import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import dev.goblet.event.LambdaFunction;
import java.util.List;
import java.util.Map;

/**
 * A small app with what the construct handles: routes (the API handler and the REST API), a table of its own,
 * a route in a function of its own, an event function, so that a stage config reaches more than one function,
 * and an API key with its usage plan.
 */
@App(name = "notes")
@DynamoDbTable(resource = "NotesTable", partitionKey = "id", environmentVariable = "NOTES_TABLE")
public final class NotesApp {
    /** A note, as the body of {@code POST /notes}. */
    public record Note(String id, String text) {}

    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) {
        return note;
    }

    @ApiKeyRequired
    @Route(path = "/notes/{id}")
    public Note read(String id) {
        return new Note(id, "");
    }

    /** A search that runs in a function of its own, behind the same API. */
    @Route(path = "/notes/search", function = "search")
    public List<Note> search() {
        return List.of();
    }

    /** A pure function: how many words each text has. */
    @LambdaFunction
    public Map<String, Integer> wordCounts(List<String> texts) {
        return Map.of("texts", texts.size());
    }
}
