package test;

import dev.goblet.App;
import dev.goblet.Route;
import java.util.Optional;

@App(name = "bad")
public class UnsupportedReturnType {
    @Route(path = "/users/{username}")
    public Optional<String> find(String username) { return Optional.empty(); }
}
