package dev.goblet.routing;

import com.amazonaws.services.lambda.runtime.Context;
import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.ExceptionHandler;
import dev.goblet.HttpMethod;
import dev.goblet.Middleware;
import dev.goblet.Next;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/**
 * Orders in {@code api_handler}, their reports in a function of their own: {@code /orders/summary} beside
 * {@code /orders/{id}} shows that a literal segment wins across functions, as in API Gateway. Each instance answers
 * with its label, so a test that gives each function its own instance sees which function answered.
 */
@App(name = "orders-app")
@Cors(allowOrigin = "https://shop.example.com")
public final class OrdersApp {
    private final String label;

    public OrdersApp() {
        this("lambda");
    }

    public OrdersApp(String label) {
        this.label = label;
    }

    @Route(path = "/orders/{id}")
    public Map<String, String> order(String id) {
        return Map.of("id", id, "servedBy", label);
    }

    @Route(path = "/orders/summary", function = "reports")
    public Map<String, String> summary() {
        return Map.of("servedBy", label);
    }

    @Route(path = "/reports/{day}", methods = {HttpMethod.GET, HttpMethod.DELETE}, function = "reports")
    public Map<String, String> report(String day, Context context) {
        if (day.equals("never")) {
            throw new IllegalStateException("no report for " + day);
        }
        return Map.of("day", day, "servedBy", label, "function", context.getFunctionName());
    }

    @ExceptionHandler
    public Response missing(IllegalStateException e) {
        return Response.status(409).body(Map.of("Code", "NoReport", "Message", "There is no such report")).build();
    }

    /** Stamps every answer of every function with the function that served it. */
    @Middleware
    public Response stamp(Request request, Next next) throws Exception {
        Response response = next.proceed(request);
        Response.Builder stamped = Response.status(response.status()).header("X-Served-By", label);
        response.headers().forEach((name, values) -> values.forEach(value -> stamped.header(name, value)));
        return stamped.body(response.body()).build();
    }
}
