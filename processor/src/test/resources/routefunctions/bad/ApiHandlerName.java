package test.bad;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class ApiHandlerName {
    @Route(path = "/a", function = "api_handler")
    public String a() { return "a"; }
}
