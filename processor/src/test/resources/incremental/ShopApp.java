package test.shop;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Route;
import java.util.List;

/** A shop whose model types live in their own files. */
@App(name = "shop")
public class ShopApp {
    /** Lists the items. */
    @Route(path = "/items")
    public List<Item> items() {
        return List.of();
    }

    /**
     * Places an order.
     *
     * @param order what to buy
     */
    @Route(path = "/orders", methods = HttpMethod.POST, status = 201)
    public Order order(Order order) {
        return order;
    }

    @Route(path = "/orders/{id}")
    public Order read(long id) throws NotFoundError {
        throw new NotFoundError("No order " + id);
    }
}
