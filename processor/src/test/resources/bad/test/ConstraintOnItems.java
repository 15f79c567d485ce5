package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

@App(name = "constraint-on-items")
public class ConstraintOnItems {
    public record Tags(List<@NotBlank String> names) {}

    @Route(path = "/tags", methods = HttpMethod.POST)
    public Tags tag(Tags tags) {
        return tags;
    }
}
