package dev.goblet.internal;

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
final class UsersTestHandler extends LambdaEntryPoint {
    static final String SECRET = "jdbc:postgresql://db-prod.internal:5432/users password=hunter2";

    private static final List<String> JSON = List.of("application/json");

    record User(String username, String email, int age) {}

    UsersTestHandler() {
        super(RouteTable.of(
                new RouteSpec(0, "GET", "/users/me", 200, JSON, false),
                new RouteSpec(1, "GET", "/users/{username}", 200, JSON, false),
                new RouteSpec(2, "POST", "/users", 201, JSON, true),
                new RouteSpec(3, "GET", "/users", 200, JSON, false),
                new RouteSpec(4, "DELETE", "/users/{username}", 204, JSON, false),
                new RouteSpec(5, "GET", "/boom", 200, JSON, false),
                new RouteSpec(6, "PUT", "/users/{username}", 200, JSON, true),
                new RouteSpec(7, "PUT", "/users/{username}/avatar", 200, List.of("image/*"), true),
                new RouteSpec(8, "GET", "/session", 200, JSON, false),
                new RouteSpec(9, "GET", "/files/{path+}", 200, JSON, false),
                new RouteSpec(10, "GET", "/", 200, JSON, false),
                new RouteSpec(11, "GET", "/unwritable", 200, JSON, false)));
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
