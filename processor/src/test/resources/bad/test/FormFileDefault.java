package test;

import dev.goblet.App;
import dev.goblet.FilePart;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormFileDefault {
    @Route(path = "/files", methods = HttpMethod.POST)
    public void add(@Form(defaultValue = "none") FilePart file) {}
}
