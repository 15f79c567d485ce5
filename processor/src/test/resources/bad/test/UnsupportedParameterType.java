package test;

import dev.goblet.App;
import dev.goblet.Query;
import dev.goblet.Route;

@App(name = "bad")
public class UnsupportedParameterType {
    @Route(path = "/users")
    public String list(@Query Object filter) { return ""; }
}
