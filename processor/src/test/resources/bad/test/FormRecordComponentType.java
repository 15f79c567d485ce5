package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import java.util.Map;

@App(name = "bad")
public class FormRecordComponentType {
    public record Note(String title, Map<String, String> labels) {}

    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form Note note) {}
}
