package dev.goblet.composition;

import dev.goblet.App;
import dev.goblet.ConflictError;
import dev.goblet.ExceptionHandler;
import dev.goblet.HttpError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/**
 * An app whose exceptions form a family, with a handler for some of its members: the most specific handler answers,
 * whatever the order the handlers are declared in.
 */
@App(name = "errors-app")
public final class ErrorsApp {
    /** The family's root. */
    public static class ShopException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Handled by its own handler. */
    public static class OutOfStock extends ShopException {
        private static final long serialVersionUID = 1L;
    }

    /** No handler of its own: its parent's, {@link OutOfStock}'s, answers. */
    public static class Discontinued extends OutOfStock {
        private static final long serialVersionUID = 1L;
    }

    /** Its handler fails. */
    public static class Broken extends ShopException {
        private static final long serialVersionUID = 1L;
    }

    /** A checked exception, handled with a second type by one method. */
    public static class PaymentDeclined extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Throws what {@code item} names. */
    @Route(path = "/items/{item}")
    public String item(String item) throws Exception {
        switch (item) {
            case "shop":
                throw new ShopException();
            case "none":
                throw new OutOfStock();
            case "gone":
                throw new Discontinued();
            case "broken":
                throw new Broken();
            case "card":
                throw new PaymentDeclined();
            case "argument":
                throw new IllegalArgumentException("secret detail");
            case "state":
                throw new IllegalStateException("secret detail");
            default:
                return item;
        }
    }

    /** Declared before the more specific handlers, which still win. */
    @ExceptionHandler
    public Response shop(ShopException e) {
        return Response.status(503).body(Map.of("handler", "shop")).build();
    }

    @ExceptionHandler
    public HttpError outOfStock(OutOfStock e, Request request) {
        return new ConflictError("Out of stock: " + request.pathParameter("item"));
    }

    @ExceptionHandler({PaymentDeclined.class, IllegalArgumentException.class})
    public Response refused(Request request, Exception e) {
        return Response.status(402).body(Map.of("handler", "refused", "type", e.getClass().getSimpleName())).build();
    }

    @ExceptionHandler
    public Response broken(Broken e) {
        throw new IllegalStateException("a bug in the handler");
    }
}
