package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import java.util.Map;

@App(name = "bad")
public class FormUnsupportedType {
    @Route(path = "/notes", methods = HttpMethod.POST)
    public void add(@Form Map<String, String> fields) {}
}
