package test;

import dev.goblet.Route;

public class RouteOutsideApp {
    @Route(path = "/users")
    public String list() { return ""; }
}
