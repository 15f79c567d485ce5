package test.bad;

import dev.goblet.App;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = Audit.class, urlPrefix = "/audit", function = "history")
public class Conflicting {
    @Route(path = "/a")
    public String a() { return "a"; }
}
