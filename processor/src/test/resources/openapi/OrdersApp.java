package test.orders;

import dev.goblet.App;
import dev.goblet.ConflictError;
import dev.goblet.ExceptionHandler;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/** Routes whose exceptions the app's handlers answer, each documented with the handler that takes it. */
@App(name = "orders")
public final class OrdersApp {
    public static class OrderException extends RuntimeException {}

    public static class OutOfStock extends OrderException {}

    public static class PaymentDeclined extends Exception {}

    @Route(path = "/orders/{item}")
    public String order(String item) throws PaymentDeclined {
        if (item.equals("gone")) {
            throw new OutOfStock();
        }
        if (item.equals("card")) {
            throw new PaymentDeclined();
        }
        return item;
    }

    @Route(path = "/orders", methods = HttpMethod.DELETE, status = 204)
    public void cancelAll() {
        throw new OrderException();
    }

    @Route(path = "/health")
    public String health() {
        return "ok";
    }

    /** The order could not be placed; try again later. */
    @ExceptionHandler(status = 503)
    public Response failed(OrderException e) {
        return Response.status(503).body(Map.of("retry", true)).build();
    }

    /** The item is out of stock. */
    @ExceptionHandler
    public ConflictError outOfStock(OutOfStock e, Request request) {
        return new ConflictError("Out of stock: " + request.pathParameter("item"));
    }

    @ExceptionHandler(value = {PaymentDeclined.class, IllegalArgumentException.class}, status = 402)
    public Response refused(Exception e) {
        return Response.status(402).body(Map.of("Code", "Refused", "Message", "Payment refused")).build();
    }
}
