package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "web api")
public class BadAppName {
    @Route(path = "/users")
    public String list() { return ""; }
}
