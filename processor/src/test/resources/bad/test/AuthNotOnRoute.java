package test;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.Route;

@App(name = "bad")
public class AuthNotOnRoute {
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Authorized(Authorized.IAM)
    public String helper() { return "x"; }
}
