package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class UnboundVariable {
    @Route(path = "/users/{username}")
    public String getUser() { return ""; }
}
