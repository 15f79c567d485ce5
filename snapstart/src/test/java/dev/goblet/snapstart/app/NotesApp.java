package dev.goblet.snapstart.app;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.ExceptionHandler;
import dev.goblet.HttpMethod;
import dev.goblet.Middleware;
import dev.goblet.Next;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** An app whose every method records that it ran: priming must leave {@link #calls} empty. */
@App(name = "notes")
public class NotesApp {
    /** What ran of the app's own code, in order. */
    public final List<String> calls = new ArrayList<>();
    /** The app's store: priming must leave it as it is. */
    public final Map<UUID, Note> store = new ConcurrentHashMap<>();

    public enum Color { RED, BLUE }

    public record Note(String text, Color color, List<String> tags) {
        public Note {
            if (text.isBlank()) {
                throw new BadRequestError("text must not be blank");
            }
        }
    }

    /** A class, not a record: jackson-databind writes it, and priming warms databind for it. */
    public static class Summary {
        public int count;
        public List<Color> colors;
    }

    @Route(path = "/summary")
    public Summary summary() {
        calls.add("summary");
        return new Summary();
    }

    @Middleware
    public Response audit(Request request, Next next) throws Exception {
        calls.add("middleware");
        return next.proceed(request);
    }

    @ExceptionHandler
    public Response onIllegalArgument(IllegalArgumentException e) {
        calls.add("exception handler");
        return Response.status(400).body("no").build();
    }

    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) {
        calls.add("create");
        store.put(UUID.randomUUID(), note);
        return note;
    }

    @Route(path = "/notes/{id}")
    public Note get(UUID id) {
        calls.add("get");
        return store.get(id);
    }

    @Route(path = "/notes")
    public List<Note> list(@Query("limit") int limit, @Query("color") Color color) {
        calls.add("list");
        return List.copyOf(store.values());
    }

    @Route(path = "/notes/{id}", methods = HttpMethod.DELETE)
    public void delete(UUID id) {
        calls.add("delete");
        store.remove(id);
    }

    @Route(path = "/notes/{id}/raw", methods = HttpMethod.PUT, contentTypes = "text/plain")
    public String raw(UUID id, byte[] body, Request request) {
        calls.add("raw");
        throw new IllegalArgumentException("raw");
    }
}
