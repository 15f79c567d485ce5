package dev.goblet.local.spelling;

import dev.goblet.App;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Set;

/**
 * Header names in the spellings a function may write them, which API Gateway passes on as written; and a route that
 * takes its time.
 */
@App(name = "spelling-app")
public final class SpellingApp {
    /** The usual spelling of a known header, a custom one, and a known header in lower case. */
    @Route(path = "/spelled")
    public Response spelled(Request request) {
        return Response.status(200)
                .header("Content-Type", "text/plain")
                .header("X-Request-Id", request.requestId())
                .header("cache-control", "no-store")
                .body("spelled")
                .build();
    }

    /** Answers after {@code millis}, as a slow route or one stopped at a breakpoint does. */
    @Route(path = "/slow")
    public String slow(@Query("millis") int millis) throws InterruptedException {
        Thread.sleep(millis);
        return "slept";
    }

    /** The request's header names, as the function sees them. */
    @Route(path = "/names")
    public Set<String> names(Request request) {
        return request.headers().names();
    }
}
