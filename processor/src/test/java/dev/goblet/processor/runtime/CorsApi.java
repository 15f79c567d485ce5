package dev.goblet.processor.runtime;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Route;
import java.util.List;

/** An app with CORS for a front end on its own origin, one route open to any origin and one without CORS. */
@App(name = "cors-sample")
@Cors(allowOrigin = "https://app.example.com", allowHeaders = "X-Request-Id", exposeHeaders = "X-Total",
        maxAge = 600, allowCredentials = true)
public class CorsApi {
    /** A body type. */
    public record Note(String text) {}

    @Route(path = "/notes")
    public List<Note> list() {
        return List.of(new Note("hi"));
    }

    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) {
        return note;
    }

    @Route(path = "/notes/{id}", methods = {HttpMethod.GET, HttpMethod.DELETE})
    public Note note(String id) {
        throw new NotFoundError("No note " + id);
    }

    @Cors
    @Route(path = "/public")
    public String open() {
        return "open";
    }

    @Cors(enabled = false)
    @Route(path = "/private")
    public String closed() {
        return "closed";
    }
}
