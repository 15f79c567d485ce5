package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class BadPathEmptyBraces {
    @Route(path = "/users/{}")
    public String get() { return ""; }
}
