package test.url;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

/** An app small enough for a function URL: public routes, CORS for any origin. */
@App(name = "url-notes")
@Cors
public class UrlNotesApp {
    public record Note(String text) {}

    @Route(path = "/notes")
    public Note list() { return new Note("hi"); }

    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) { return note; }
}
