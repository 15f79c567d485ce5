package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormRecordNamed {
    public record Note(String title, String text) {}

    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form("note") Note note) {}
}
