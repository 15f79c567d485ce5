package test;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.event.Authorizer;

@App(name = "bad")
public class AuthorizerBadTtl {
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Authorizer(ttlSeconds = 5000)
    public AuthResult check(AuthRequest request) { return AuthResult.allow("ann", "/users"); }
}
