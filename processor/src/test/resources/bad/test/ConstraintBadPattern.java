package test;

import dev.goblet.App;
import dev.goblet.Route;
import jakarta.validation.constraints.Pattern;

@App(name = "constraint-bad-pattern")
public class ConstraintBadPattern {
    @Route(path = "/codes/{code}")
    public String code(@Pattern(regexp = "[A-Z{4}") String code) {
        return code;
    }
}
