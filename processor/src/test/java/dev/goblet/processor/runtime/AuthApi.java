package dev.goblet.processor.runtime;

import dev.goblet.App;
import dev.goblet.AuthorizerContext;
import dev.goblet.Authorized;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Route;
import dev.goblet.UnauthorizedError;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.event.Authorizer;

/** A built-in authorizer and a route that reads what it said. */
@App(name = "auth-sample")
@Authorized("tokens")
public class AuthApi {
    @Route(path = "/notes/{id}")
    public AuthorizerContext note(String id, Request request) {
        return request.authorizer();
    }

    @Route(path = "/notes", methods = HttpMethod.POST)
    public String create() {
        return "created";
    }

    /** {@code allow-<name>} may read notes, {@code admin} may do anything, {@code deny} nothing, else 401. */
    @Authorizer(name = "tokens")
    public AuthResult check(AuthRequest request) {
        String token = request.token() == null ? "" : request.token();
        if (token.startsWith("allow-")) {
            return AuthResult.deny(token.substring(6)).allowing("/notes/{id}", HttpMethod.GET)
                    .with("tenant", "acme");
        }
        if (token.equals("admin")) {
            return AuthResult.allow("admin", "/*");
        }
        if (token.equals("deny")) {
            return AuthResult.deny("nobody");
        }
        if (token.equals("bug")) {
            throw new IllegalStateException("secret detail");
        }
        throw new UnauthorizedError("no token");
    }
}
