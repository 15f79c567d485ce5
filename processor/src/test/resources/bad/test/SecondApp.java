package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "shop")
public class SecondApp {
    @Route(path = "/items")
    public String list() { return ""; }
}
