package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormJsonContentType {
    @Route(path = "/notes", methods = HttpMethod.POST, contentTypes = "application/json")
    public void add(@Form String title) {}
}
