package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class UnknownParameter {
    @Route(path = "/users/{username}")
    public String getUser(String username, String usrname) { return username; }
}
