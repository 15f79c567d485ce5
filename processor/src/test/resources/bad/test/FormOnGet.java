package test;

import dev.goblet.App;
import dev.goblet.Form;
import dev.goblet.Route;

@App(name = "bad")
public class FormOnGet {
    @Route(path = "/search")
    public String search(@Form String term) {
        return term;
    }
}
