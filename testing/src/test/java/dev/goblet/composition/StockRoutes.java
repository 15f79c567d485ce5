package dev.goblet.composition;

import dev.goblet.Blueprint;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import java.util.Map;

/** Routes of their own class, registered twice by {@link ShopApp}: under {@code /stock} and {@code /v2/stock}. */
@Blueprint
public final class StockRoutes {
    private final Inventory inventory;
    private final ShopApp app;

    public StockRoutes(Inventory inventory, ShopApp app) {
        this.inventory = inventory;
        this.app = app;
    }

    /** The count of one item. */
    @Route(path = "/{item}")
    public Map<String, Object> count(String item) {
        return Map.of("item", item, "count", inventory.count(item), "shop", app.name());
    }

    /** Sets the count of one item. */
    @Route(path = "/{item}", methods = HttpMethod.PUT, status = 204)
    public void put(String item, @Query int count) {
        inventory.put(item, count);
    }

    /** The blueprint's root: the prefix itself. */
    @Route(path = "/")
    public String root() {
        return "stock";
    }
}
