package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
class AppNotPublic {
    @Route(path = "/users")
    public String list() { return ""; }
}
