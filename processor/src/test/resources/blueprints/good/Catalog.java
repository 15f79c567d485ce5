package test.catalog;

import dev.goblet.App;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "catalog")
@RegisterBlueprint(value = Products.class, urlPrefix = "/products", namePrefix = "products_")
@RegisterBlueprint(value = Products.class, urlPrefix = "/archive/products", namePrefix = "archived_")
@RegisterBlueprint(value = Imports.class, namePrefix = "eu_")
public class Catalog {
    public String region() { return "eu"; }

    @Route(path = "/health")
    public String health() { return "ok"; }
}
