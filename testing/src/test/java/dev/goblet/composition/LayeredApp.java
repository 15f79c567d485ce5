package dev.goblet.composition;

import dev.goblet.App;
import dev.goblet.Headers;
import dev.goblet.HttpError;
import dev.goblet.Middleware;
import dev.goblet.Next;
import dev.goblet.NotFoundError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import dev.goblet.UnauthorizedError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An app with two middleware methods around its routes: the first declared runs outermost. */
@App(name = "layered-app")
public final class LayeredApp {
    /** What the middleware saw, in order, for the tests. */
    public final List<String> seen = new CopyOnWriteArrayList<>();

    @Route(path = "/hello")
    public Map<String, String> hello(Request request) {
        seen.add("route");
        return Map.of("tenant", String.valueOf(request.header("x-tenant")));
    }

    @Route(path = "/fail")
    public String fail() {
        throw new NotFoundError("No such thing");
    }

    /** Outermost: times the request and stamps the answer; sees the errors thrown inside. */
    @Middleware
    public Response stamp(Request request, Next next) throws Exception {
        seen.add("stamp in");
        try {
            Response response = next.proceed(request);
            seen.add("stamp out " + response.status());
            Response.Builder stamped = Response.status(response.status()).header("X-Stamp", "outer");
            response.headers().forEach((name, values) -> values.forEach(value -> stamped.header(name, value)));
            return stamped.body(response.body()).build();
        } catch (HttpError e) {
            seen.add("stamp saw " + e.code());
            throw e;
        }
    }

    /** Inner: refuses a request without a key, and tells the route the tenant in a header of its own. */
    @Middleware
    public Response authenticate(Request request, Next next) throws Exception {
        seen.add("authenticate");
        String key = request.header("x-api-key");
        if (key == null) {
            throw new UnauthorizedError("An API key is required");
        }
        if (key.equals("stop")) {
            return Response.status(429).body(Map.of("Code", "TooManyRequests", "Message", "slow down")).build();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers().asMap());
        headers.put("x-tenant", List.of("tenant-of-" + key));
        return next.proceed(request.toBuilder().headers(Headers.of(headers)).build());
    }
}
