package test;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.Route;

@App(name = "bad")
@Authorized("IAM")
public class AuthUnknownDefault {
    @Route(path = "/users")
    public String list() { return "[]"; }
}
