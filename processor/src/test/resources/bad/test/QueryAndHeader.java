package test;

import dev.goblet.App;
import dev.goblet.Header;
import dev.goblet.Query;
import dev.goblet.Route;

@App(name = "bad")
public class QueryAndHeader {
    @Route(path = "/users")
    public String list(@Query @Header("X-Limit") int limit) { return ""; }
}
