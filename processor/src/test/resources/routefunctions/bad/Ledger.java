package test.bad;

import dev.goblet.Blueprint;
import dev.goblet.Route;

@Blueprint
public class Ledger {
    @Route(path = "/entries")
    public String entries() { return "entries"; }
}
