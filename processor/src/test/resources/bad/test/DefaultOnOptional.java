package test;

import dev.goblet.App;
import dev.goblet.Query;
import dev.goblet.Route;
import java.util.Optional;

@App(name = "bad")
public class DefaultOnOptional {
    @Route(path = "/users")
    public String list(@Query(defaultValue = "10") Optional<Integer> limit) { return ""; }
}
