package dev.goblet.composition;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.ExceptionHandler;
import dev.goblet.NotFoundError;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/** An app with a handler for every {@code Exception}, which leaves the routes' {@code HttpError}s alone. */
@App(name = "catch-all-app")
public final class CatchAllApp {
    @Route(path = "/things/{id}")
    public String thing(int id) {
        switch (id) {
            case 1:
                throw new NotFoundError("No thing 1");
            case 2:
                throw new BadRequestError("Thing 2 is bad");
            case 3:
                throw new UnsupportedOperationException("secret detail");
            default:
                return "thing " + id;
        }
    }

    @ExceptionHandler
    public Response any(Exception e) {
        return Response.status(500).body(Map.of("Code", "ThingFailed", "Message", "Try again later")).build();
    }

    /** A handler for one HttpError sees it; the others pass through. */
    @ExceptionHandler
    public Response notFound(NotFoundError e) {
        return Response.status(404).body(Map.of("Code", "NotFoundError", "Message", "Nothing here")).build();
    }
}
