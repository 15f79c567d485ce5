package test.catchall;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.HttpError;
import dev.goblet.NotFoundError;
import dev.goblet.Route;

/** A handler for every exception: any route may throw one, so every route documents its answer. */
@App(name = "catch-all")
public final class CatchAllApp {
    @Route(path = "/a")
    public String a() {
        return "a";
    }

    @Route(path = "/b/{id}")
    public String b(String id) {
        throw new NotFoundError("no " + id);
    }

    /** Something went wrong on our side. */
    @ExceptionHandler(status = 503)
    public HttpError unavailable(Exception e) {
        return new HttpError(503, "Unavailable", "Try again later") {};
    }
}
