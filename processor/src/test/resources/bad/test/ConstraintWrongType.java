package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import jakarta.validation.constraints.Size;

@App(name = "constraint-wrong-type")
public class ConstraintWrongType {
    public record Order(String item, @Size(max = 3) int quantity) {}

    @Route(path = "/orders", methods = HttpMethod.POST)
    public Order place(Order order) {
        return order;
    }
}
