package test.shop;

import dev.goblet.Blueprint;
import dev.goblet.Route;

@Blueprint
public class Exports {
    public Exports(Shop shop) {}

    @Route(path = "/{name}")
    public String export(String name) { return "export " + name; }
}
