package test;

import dev.goblet.App;
import dev.goblet.Route;

public class InnerApp {
    @App(name = "bad")
    public class Users {
        @Route(path = "/users")
        public String list() { return ""; }
    }
}
