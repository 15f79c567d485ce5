package test.catalog;

import dev.goblet.Blueprint;
import dev.goblet.Route;

/** A product of the catalog. */
@Blueprint
public class Products {
    public record Product(String id, String region) {}

    private final String region;

    public Products(String region) { this.region = region; }

    /** One product. */
    @Route(path = "/{id}")
    public Product get(String id) { return new Product(id, region); }

    @Route(path = "/")
    public String list() { return "all"; }
}
