package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BodyOnGet {
    public record Filter(String name) {}

    @Route(path = "/users")
    public String search(Filter filter) { return ""; }
}
