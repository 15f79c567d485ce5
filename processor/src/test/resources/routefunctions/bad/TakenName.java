package test.bad;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.event.Schedule;

@App(name = "bad")
public class TakenName {
    @Route(path = "/a", function = "nightly")
    public String a() { return "a"; }

    @Schedule("rate(1 day)")
    public void nightly() {}
}
