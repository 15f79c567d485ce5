package dev.goblet.event;

import dev.goblet.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in {@link Authorizer}'s answer, Chalice's {@code AuthResponse(routes, principal_id, context)}: the routes
 * the caller may call (a path as in {@code @Route}, {@code {variables}} and a trailing {@code *} match any segment
 * text), who the caller is, and what the routes learn of it. A request to any other route is denied with a 403.
 */
public final class AuthResult {
    private final String principalId;
    private final List<String> routes = new ArrayList<>();
    private final Map<String, String> context = new LinkedHashMap<>();

    private AuthResult(String principalId) {
        this.principalId = principalId;
    }

    /** {@code principalId} may call {@code paths} with any method. */
    public static AuthResult allow(String principalId, String... paths) {
        AuthResult result = new AuthResult(principalId);
        for (String path : paths) {
            result.routes.add("* " + path);
        }
        return result;
    }

    /** {@code principalId} may call no route. */
    public static AuthResult deny(String principalId) {
        return new AuthResult(principalId);
    }

    /** The caller may also call {@code path} with {@code methods} (any, when none are given). */
    public AuthResult allowing(String path, HttpMethod... methods) {
        if (methods.length == 0) {
            routes.add("* " + path);
        }
        for (HttpMethod method : methods) {
            routes.add(method.name() + " " + path);
        }
        return this;
    }

    /** Hands {@code key} to the routes, in {@code Request.authorizer().context()}. */
    public AuthResult with(String key, String value) {
        context.put(key, value);
        return this;
    }

    public String principalId() {
        return principalId;
    }

    /** The allowed routes, each its method and path, {@code *} for any method: {@code GET /users/{username}}. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public Map<String, String> context() {
        return Map.copyOf(context);
    }
}
