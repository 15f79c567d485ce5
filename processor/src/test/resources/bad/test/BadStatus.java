package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadStatus {
    @Route(path = "/users", status = 404)
    public String list() { return ""; }
}
