package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class AppConstructor {
    private final String table;

    public AppConstructor(String table) { this.table = table; }

    @Route(path = "/users")
    public String list() { return table; }
}
