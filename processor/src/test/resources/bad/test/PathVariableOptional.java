package test;

import dev.goblet.App;
import dev.goblet.Route;
import java.util.Optional;

@App(name = "bad")
public class PathVariableOptional {
    @Route(path = "/users/{username}")
    public String get(Optional<String> username) { return ""; }
}
