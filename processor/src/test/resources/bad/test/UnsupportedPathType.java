package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class UnsupportedPathType {
    @Route(path = "/users/{id}")
    public String get(Object id) { return ""; }
}
