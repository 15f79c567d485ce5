package test;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
@Cors
public class CorsExplicitOptions {
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Route(path = "/users", methods = HttpMethod.OPTIONS)
    public String options() { return ""; }
}
