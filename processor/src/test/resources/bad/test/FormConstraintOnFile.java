package test;

import dev.goblet.App;
import dev.goblet.FilePart;
import dev.goblet.Form;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import jakarta.validation.constraints.Size;

@App(name = "bad")
public class FormConstraintOnFile {
    @Route(path = "/files", methods = HttpMethod.POST)
    public void add(@Form @Size(max = 10) FilePart file) {}
}
