package test;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class CorsMixedOnPath {
    @Cors
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Route(path = "/users", methods = HttpMethod.POST)
    public String create() { return "{}"; }
}
