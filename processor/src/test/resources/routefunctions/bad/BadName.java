package test.bad;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadName {
    @Route(path = "/a", function = "9-reports")
    public String a() { return "a"; }

    @Route(path = "/b", function = "9-reports")
    public String b() { return "b"; }
}
