package dev.goblet.composition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Response;
import dev.goblet.Route;
import dev.goblet.event.EventCall;
import dev.goblet.event.EventMiddleware;
import dev.goblet.event.NextEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An app of its own routes and a blueprint's, registered twice, and of a blueprint's event functions; its exception
 * handler covers the routes, its event middleware the functions.
 */
@App(name = "shop-app")
@RegisterBlueprint(value = StockRoutes.class, urlPrefix = "/stock", namePrefix = "stock_")
@RegisterBlueprint(value = StockRoutes.class, urlPrefix = "/v2/stock", namePrefix = "stockV2_")
@RegisterBlueprint(value = StockWorkers.class, namePrefix = "stock_")
public final class ShopApp {
    private final Inventory inventory = new Inventory();
    /** The functions the app's event middleware saw called, in order. */
    final List<String> calls = new CopyOnWriteArrayList<>();

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

    /** Covers the blueprint's event functions as it would the app's own. */
    @EventMiddleware
    public JsonNode recorded(EventCall call, NextEvent next) throws Exception {
        calls.add(call.function());
        return next.proceed(call);
    }

    @ExceptionHandler
    public Response negative(NumberFormatException e) {
        return Response.status(422).body(Map.of("Code", "BadCount", "Message", "counts are whole numbers")).build();
    }
}
