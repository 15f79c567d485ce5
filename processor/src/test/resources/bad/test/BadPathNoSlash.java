package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadPathNoSlash {
    @Route(path = "users")
    public String list() { return ""; }
}
