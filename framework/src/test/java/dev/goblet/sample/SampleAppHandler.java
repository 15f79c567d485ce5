package dev.goblet.sample;

import dev.goblet.HttpMethod;
import com.fasterxml.jackson.databind.JavaType;
import dev.goblet.NotFoundError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.internal.JsonBodies;
import dev.goblet.internal.ApiEntryPoint;
import dev.goblet.internal.ParameterBinder;
import dev.goblet.internal.ParameterSource;
import dev.goblet.internal.RouteSpec;
import dev.goblet.internal.RouteTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Written as the processor writes a handler (a route table as code, a dispatch switch, ParameterBinder calls), so
 * that the framework's tests run the generated-code path without the processor, which depends on the framework.
 */
public final class SampleAppHandler extends ApiEntryPoint {
    /** The variable {@code GET /env} reports, set by the test that starts the server from its command line. */
    public static final String GREETING_VARIABLE = "GOBLET_SAMPLE_GREETING";

    private static final List<String> JSON = List.of("application/json");
    private static final List<String> OCTETS = List.of("application/octet-stream");
    private static final JavaType USER = JsonBodies.type(User.class);

    private static final RouteTable ROUTES = RouteTable.of(
            RouteSpec.of(0, "/hello", HttpMethod.GET),
            RouteSpec.of(1, "/users", HttpMethod.POST).status(201).body(),
            RouteSpec.of(2, "/users/{username}", HttpMethod.GET),
            RouteSpec.of(3, "/users/{username}", HttpMethod.DELETE).status(204),
            RouteSpec.of(4, "/echo", HttpMethod.GET),
            RouteSpec.of(5, "/binary", HttpMethod.POST).body(OCTETS),
            RouteSpec.of(6, "/env", HttpMethod.GET),
            RouteSpec.of(7, "/boom", HttpMethod.GET));

    /** A user, as the body of {@code POST /users}. */
    public record User(String username, String email) {}

    public SampleAppHandler() {
        super(ROUTES);
    }

    @Override
    public String appName() {
        return "sample-app";
    }

    @Override
    protected Object dispatch(int routeId, Request request) throws Exception {
        switch (routeId) {
            case 0:
                return Map.of("hello", "world");
            case 1:
                return ParameterBinder.<User>body(request, USER, "user", true);
            case 2:
                return user(ParameterBinder.required(request.pathParameter("username"), "username",
                        ParameterSource.PATH, String::valueOf));
            case 3:
                return null;
            case 4:
                return echo(request);
            case 5:
                return reversed(request.rawBody());
            case 6:
                return Map.of("greeting", String.valueOf(System.getenv(GREETING_VARIABLE)));
            case 7:
                throw new IllegalStateException("a secret the answer must not reveal");
            default:
                throw new IllegalStateException("No route " + routeId);
        }
    }

    private static User user(String username) {
        if (username.equals("nobody")) {
            throw new NotFoundError("No user " + username);
        }
        return new User(username, username + "@example.com");
    }

    /** What the request looked like to the handler, with two values of one response header. */
    private static Response echo(Request request) {
        List<Integer> counts = ParameterBinder.list(request.queryParameterValues("count"), "count",
                ParameterSource.QUERY, Integer::valueOf);
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("counts", counts);
        seen.put("tags", request.headers().all("X-Tag"));
        seen.put("stage", request.stage());
        seen.put("requestId", request.requestId());
        seen.put("sourceIp", request.identity().sourceIp());
        seen.put("userAgent", request.identity().userAgent());
        seen.put("path", request.path());
        return Response.status(200)
                .header("X-Echo", "first")
                .header("X-Echo", "second")
                .header("Set-Cookie", "a=1")
                .header("Set-Cookie", "b=2")
                .body(seen)
                .build();
    }

    private static Response reversed(byte[] body) {
        byte[] out = new byte[body.length];
        for (int i = 0; i < body.length; i++) {
            out[i] = body[body.length - 1 - i];
        }
        return Response.status(200).contentType("application/octet-stream").body(out).build();
    }
}
