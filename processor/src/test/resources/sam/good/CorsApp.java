package test.cors;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

/** A front end's API: CORS for its origin on every route, one route open to any origin. */
@App(name = "cors-app")
@Cors(allowOrigin = "https://app.example.com", allowHeaders = "X-Request-Id", maxAge = 600)
public class CorsApp {
    public record Note(String text) {}

    @Route(path = "/notes")
    public Note list() { return new Note("hi"); }

    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) { return note; }

    @Route(path = "/notes/{id}", methods = {HttpMethod.GET, HttpMethod.DELETE})
    public Note note(String id) { return new Note(id); }

    @Cors
    @Route(path = "/status")
    public String status() { return "ok"; }

    @Cors(enabled = false)
    @Route(path = "/internal")
    public String internal() { return "internal"; }
}
