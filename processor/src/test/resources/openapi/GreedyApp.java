package test.openapi;

import dev.goblet.App;
import dev.goblet.Route;

/** A greedy path variable takes the rest of the path. */
@App(name = "greedy")
public class GreedyApp {
    @Route(path = "/static/{path+}")
    public String asset(String path) {
        return path;
    }
}
