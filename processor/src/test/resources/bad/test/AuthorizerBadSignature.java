package test;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.event.Authorizer;

@App(name = "bad")
public class AuthorizerBadSignature {
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Authorizer
    public boolean check(String token) { return true; }
}
