package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class DuplicateRoute {
    @Route(path = "/users/{username}")
    public String byName(String username) { return username; }

    @Route(path = "/users/{id}")
    public String byId(String id) { return id; }
}
