package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class BodyNotBindable {
    @Route(path = "/jobs", methods = HttpMethod.POST)
    public String start(Runnable job) { return ""; }
}
