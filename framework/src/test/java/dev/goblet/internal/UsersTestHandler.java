package dev.goblet.internal;

import dev.goblet.HttpMethod;
import static dev.goblet.internal.ParameterSource.HEADER;
import static dev.goblet.internal.ParameterSource.QUERY;

import dev.goblet.ConflictError;
import dev.goblet.Request;
import dev.goblet.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stands in for a handler the processor generates: a route table as code and a {@code dispatch} switch that binds
 * parameters through {@link ParameterBinder} and calls the route methods.
 */
final class UsersTestHandler extends ApiEntryPoint {
    static final String SECRET = "jdbc:postgresql://db-prod.internal:5432/users password=hunter2";

    private static final List<String> JSON = List.of("application/json");

    record User(String username, String email, int age) {}

    UsersTestHandler() {
        super(RouteTable.of(
                RouteSpec.of(0, "/users/me", HttpMethod.GET),
                RouteSpec.of(1, "/users/{username}", HttpMethod.GET),
                RouteSpec.of(2, "/users", HttpMethod.POST).status(201).body(),
                RouteSpec.of(3, "/users", HttpMethod.GET),
                RouteSpec.of(4, "/users/{username}", HttpMethod.DELETE).status(204),
                RouteSpec.of(5, "/boom", HttpMethod.GET),
                RouteSpec.of(6, "/users/{username}", HttpMethod.PUT).body(),
                RouteSpec.of(7, "/users/{username}/avatar", HttpMethod.PUT).body(List.of("image/*")),
                RouteSpec.of(8, "/session", HttpMethod.GET),
                RouteSpec.of(9, "/files/{path+}", HttpMethod.GET),
                RouteSpec.of(10, "/", HttpMethod.GET),
                RouteSpec.of(11, "/unwritable", HttpMethod.GET)));
    }

    @Override
    public String appName() {
        return "users-test";
    }

    @Override
    protected Object dispatch(int routeId, Request request) throws Exception {
        switch (routeId) {
            case 0:
                return new User("me", "me@example.com", 30);
            case 1:
                return describe(request);
            case 2:
                return createUser(ParameterBinder.body(request, JsonBodies.type(User.class), "user", true));
            case 3:
                return listUsers(
                        ParameterBinder.orDefault(request.queryParameter("limit"), "10", "limit", QUERY,
                                Integer::valueOf),
                        ParameterBinder.optional(request.queryParameter("active"), "active", QUERY,
                                ParameterBinder::parseBoolean),
                        ParameterBinder.optional(request.header("X-Min-Age"), "X-Min-Age", HEADER, Integer::valueOf));
            case 4:
                return null;
            case 5:
                throw new IllegalStateException("Cannot reach " + SECRET);
            case 6:
                ParameterBinder.body(request, JsonBodies.type(User.class), "user", true);
                throw new ConflictError("User " + request.pathParameter("username") + " was changed meanwhile");
            case 7:
                return Response.status(200).contentType(request.contentType()).body(request.rawBody()).build();
            case 8:
                return Response.status(200).header("Set-Cookie", "session=abc; HttpOnly")
                        .header("Set-Cookie", "theme=dark").header("X-Tag", "red").header("X-Tag", "blue")
                        .body("signed in").build();
            case 9:
                return Map.of("path", request.pathParameter("path"));
            case 10:
                return Response.status(200).body("Goblet").build();
            case 11:
                return new Object();
            default:
                throw new IllegalStateException("No route " + routeId);
        }
    }

    private static Map<String, Object> describe(Request request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", request.pathParameter("username"));
        out.put("resourcePath", request.resourcePath());
        out.put("q", request.queryParameter("q"));
        out.put("tags", request.queryParameterValues("tag"));
        out.put("cookie", request.header("Cookie"));
        out.put("stage", request.stage());
        out.put("sourceIp", request.identity().sourceIp());
        out.put("functionName", request.lambdaContext().getFunctionName());
        return out;
    }

    private static Response createUser(User user) {
        return Response.status(201).header("Location", "/users/" + user.username()).body(user).build();
    }

    private static Map<String, Object> listUsers(int limit, Optional<Boolean> active, Optional<Integer> minAge) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("limit", limit);
        out.put("active", active.orElse(null));
        out.put("minAge", minAge.orElse(null));
        return out;
    }
}
