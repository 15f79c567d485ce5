package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadPathUnbalanced {
    @Route(path = "/users/{username")
    public String get(String username) { return username; }
}
