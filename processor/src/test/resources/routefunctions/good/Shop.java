package test.shop;

import dev.goblet.App;
import dev.goblet.Cors;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;
import dev.goblet.event.LambdaFunction;

/** A shop whose reports and exports run in functions of their own. */
@App(name = "shop")
@Cors
@DynamoDbTable(resource = "OrdersTable", partitionKey = "id", environmentVariable = "ORDERS_TABLE")
@RegisterBlueprint(value = Exports.class, urlPrefix = "/exports", function = "exports")
public class Shop {
    public record Order(String id, int total) {}

    @Route(path = "/orders/{id}")
    public Order order(String id) { return new Order(id, 3); }

    @Route(path = "/orders/summary", function = "reports")
    public String summary() { return "summary"; }

    @Route(path = "/reports/{day}", methods = {HttpMethod.GET, HttpMethod.DELETE}, function = "reports")
    public String report(String day) { return "report " + day; }

    @LambdaFunction
    public String rebuild(String input) { return input; }
}
