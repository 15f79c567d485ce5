package test.bad;

import dev.goblet.App;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = Ledger.class, urlPrefix = "/ledger", function = "audit log")
public class BadRegistration {
    @Route(path = "/a")
    public String a() { return "a"; }
}
