package test;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.Route;

@App(name = "bad")
@Cors(allowHeaders = "X Request Id")
public class CorsBadHeader {
    @Route(path = "/users")
    public String list() { return "[]"; }
}
