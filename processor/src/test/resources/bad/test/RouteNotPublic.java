package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class RouteNotPublic {
    @Route(path = "/users")
    String list() { return ""; }
}
