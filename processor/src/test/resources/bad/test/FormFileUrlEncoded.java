package test;

import dev.goblet.App;
import dev.goblet.FilePart;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormFileUrlEncoded {
    @Route(path = "/files", methods = HttpMethod.POST, contentTypes = "application/x-www-form-urlencoded")
    public void add(@Form FilePart file) {}
}
