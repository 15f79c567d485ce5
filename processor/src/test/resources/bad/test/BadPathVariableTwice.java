package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadPathVariableTwice {
    @Route(path = "/teams/{id}/members/{id}")
    public String get(String id) { return id; }
}
