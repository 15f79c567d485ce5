package dev.goblet.composition;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/** An app of its own routes and a blueprint's, registered twice; its exception handler covers both. */
@App(name = "shop-app")
@RegisterBlueprint(value = StockRoutes.class, urlPrefix = "/stock", namePrefix = "stock_")
@RegisterBlueprint(value = StockRoutes.class, urlPrefix = "/v2/stock", namePrefix = "stockV2_")
public final class ShopApp {
    private final Inventory inventory = new Inventory();

    /** What the blueprints' constructors get. */
    public Inventory inventory() {
        return inventory;
    }

    /** The shop's name, which the blueprint reads from the app it is given. */
    public String name() {
        return "corner shop";
    }

    @Route(path = "/")
    public String home() {
        return "home";
    }

    @ExceptionHandler
    public Response negative(NumberFormatException e) {
        return Response.status(422).body(Map.of("Code", "BadCount", "Message", "counts are whole numbers")).build();
    }
}
