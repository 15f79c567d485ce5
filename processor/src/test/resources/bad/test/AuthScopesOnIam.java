package test;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.Route;

@App(name = "bad")
public class AuthScopesOnIam {
    @Authorized(value = Authorized.IAM, scopes = "users/write")
    @Route(path = "/users")
    public String list() { return "[]"; }
}
