package test.openapi;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import java.util.Optional;

/** Records: nested types become components referred to by $ref. */
@App(name = "records")
public class RecordsApp {
    /**
     * A customer's order.
     *
     * @param id the order's number
     * @param customer who placed it
     * @param note a note for the courier
     */
    public record Order(long id, Customer customer, Optional<String> note) {}

    /** Someone who orders. */
    public record Customer(String name, Address address) {}

    public record Address(String street, String city) {}

    @Route(path = "/orders", methods = HttpMethod.POST, status = 201)
    public Order create(Order order) {
        return order;
    }
}
