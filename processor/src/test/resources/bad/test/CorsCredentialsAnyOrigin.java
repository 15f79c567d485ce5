package test;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.Route;

@App(name = "bad")
public class CorsCredentialsAnyOrigin {
    @Cors(allowCredentials = true)
    @Route(path = "/users")
    public String list() { return "[]"; }
}
