package test.throwing;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.ConflictError;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.RequestEntityTooLargeError;
import dev.goblet.Route;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Routes whose errors are thrown in their bodies and in the app's own helpers, none in a throws clause. */
@App(name = "throwing")
public class ThrowingApp {
    private final Map<String, String> notes = new ConcurrentHashMap<>();

    @Route(path = "/notes/{id}")
    public String read(String id) {
        NoteRules.checkId(id);
        return Optional.ofNullable(notes.get(id)).orElseThrow(() -> missing(id));
    }

    @Route(path = "/notes/{id}", methods = HttpMethod.PUT)
    public Note write(String id, Note note) {
        NoteRules.checkId(id);
        if (note.text().length() > 100) {
            throw new RequestEntityTooLargeError("A note has at most 100 characters");
        }
        if (notes.putIfAbsent(id, note.text()) != null) {
            throw new ConflictError("Note '" + id + "' exists");
        }
        return note;
    }

    /** Reads nothing that can fail: only the 500 of any route. */
    @Route(path = "/health")
    public String health() {
        return "ok";
    }

    @Route(path = "/notes", methods = HttpMethod.DELETE)
    public void clear() {
        Cleanup.again(notes, 3);
    }

    private static NotFoundError missing(String id) {
        return new NotFoundError("No note '" + id + "'");
    }
}

record Note(String text) {}

final class NoteRules {
    static void checkId(String id) {
        if (!id.matches("[a-z0-9]{1,16}")) {
            throw new BadRequestError("An id is 1 to 16 letters or digits");
        }
    }
}

/** Calls itself: reading its body must end. */
final class Cleanup {
    static void again(Map<String, String> notes, int times) {
        if (times > 0) {
            notes.clear();
            again(notes, times - 1);
        }
    }
}
