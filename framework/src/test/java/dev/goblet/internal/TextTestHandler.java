package dev.goblet.internal;

import static dev.goblet.internal.ParameterSource.PATH;
import static dev.goblet.internal.ParameterSource.QUERY;

import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;

/**
 * A handler whose routes answer text, as the processor would generate it for route methods that take path and
 * query parameters and return a {@link Response}: nothing on its way needs jackson-databind, which
 * {@link NoDatabindOnTheHotPathTest} checks by loading it where there is none.
 */
public final class TextTestHandler extends ApiEntryPoint {
    public TextTestHandler() {
        super(RouteTable.of(
                RouteSpec.of(0, "/greetings/{name}", HttpMethod.GET),
                RouteSpec.of(1, "/greetings/{name}", HttpMethod.PUT),
                RouteSpec.of(2, "/boom", HttpMethod.GET)));
    }

    @Override
    public String appName() {
        return "text-test";
    }

    @Override
    protected Object dispatch(int routeId, Request request) throws Exception {
        switch (routeId) {
            case 0:
                String name = ParameterBinder.required(request.pathParameter("name"), "name", PATH, s -> s);
                int times = ParameterBinder.orDefault(request.queryParameter("times"), "1", "times", QUERY,
                        Integer::valueOf);
                return Response.status(200).header("Set-Cookie", "seen=1").header("X-Tag", "a")
                        .header("X-Tag", "b").body(("Hello " + name + "! ").repeat(times).trim()).build();
            case 1:
                return Response.status(201).body(request.rawBody()).build();
            case 2:
                throw new IllegalStateException("boom");
            default:
                throw new IllegalStateException("No route " + routeId);
        }
    }
}
