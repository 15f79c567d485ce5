package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "shop")
public class FirstApp {
    @Route(path = "/orders")
    public String list() { return ""; }
}
