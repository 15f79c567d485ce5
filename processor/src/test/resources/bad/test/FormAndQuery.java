package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;

@App(name = "bad")
public class FormAndQuery {
    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form @Query String title) {}
}
