package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.FormLimits;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormBadLimits {
    @FormLimits(maxBytes = 1000, maxPartBytes = 5000)
    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form String title) {}
}
