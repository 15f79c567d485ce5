package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class NoMethods {
    @Route(
            path = "/users",
            methods = {})
    public String list() { return ""; }
}
