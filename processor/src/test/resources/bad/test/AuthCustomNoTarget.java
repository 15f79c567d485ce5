package test;

import dev.goblet.App;
import dev.goblet.CustomAuthorizer;
import dev.goblet.Route;

@App(name = "bad")
@CustomAuthorizer(name = "partners")
public class AuthCustomNoTarget {
    @Route(path = "/users")
    public String list() { return "[]"; }
}
