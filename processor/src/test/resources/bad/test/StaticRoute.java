package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class StaticRoute {
    @Route(path = "/users")
    public static String list() { return ""; }
}
