package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class DuplicateMethod {
    @Route(
            path = "/users",
            methods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.GET})
    public String list() { return ""; }
}
