package test.openapi;

import dev.goblet.App;
import dev.goblet.Route;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists, sets, arrays and maps are inline arrays and objects. */
@App(name = "collections")
public class CollectionsApp {
    public record Item(String sku) {}

    public record Basket(List<Item> items, Set<String> labels, int[] counts, String[][] grid,
            Map<String, Integer> quantities, Map<String, List<Item>> byShelf, byte[] picture) {}

    @Route(path = "/baskets")
    public List<Basket> baskets() {
        return List.of();
    }

    @Route(path = "/totals")
    public Map<String, Long> totals() {
        return Map.of();
    }
}
