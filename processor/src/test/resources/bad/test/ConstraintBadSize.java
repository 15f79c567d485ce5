package test;

import dev.goblet.App;
import dev.goblet.Query;
import dev.goblet.Route;
import jakarta.validation.constraints.Size;

@App(name = "constraint-bad-size")
public class ConstraintBadSize {
    @Route(path = "/search")
    public String search(@Query @Size(min = 5, max = 2) String text) {
        return text;
    }
}
