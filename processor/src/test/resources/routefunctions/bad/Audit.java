package test.bad;

import dev.goblet.Blueprint;
import dev.goblet.Route;

@Blueprint
public class Audit {
    @Route(path = "/trail", function = "audit")
    public String trail() { return "trail"; }
}
