package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class FormAndBody {
    public record Pet(String name) {}

    @Route(path = "/pets", methods = HttpMethod.POST)
    public void add(@Form String owner, Pet pet) {}
}
