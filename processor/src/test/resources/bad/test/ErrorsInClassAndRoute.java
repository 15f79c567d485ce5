package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public abstract class ErrorsInClassAndRoute {
    @Route(path = "users")
    public String list() { return ""; }
}
