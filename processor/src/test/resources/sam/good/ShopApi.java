package test.shop;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

/** A shop with no resources of its own. */
@App(name = "shop-api")
public class ShopApi {
    public record Item(String id, String name) {}

    @Route(path = "/items/{id}", methods = {HttpMethod.GET, HttpMethod.PUT})
    public Item item(String id) {
        return new Item(id, "tea");
    }

    @Route(path = "/items", methods = HttpMethod.POST, status = 201)
    public Item create(Item item) {
        return item;
    }

    @Route(path = "/items/{id}", methods = HttpMethod.DELETE)
    public void remove(String id) {}
}
