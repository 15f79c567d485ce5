package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormRecordNotPublic {
    record Note(String title) {}

    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form Note note) {}
}
