package dev.goblet.composition;

import dev.goblet.Blueprint;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.OnSqsMessage;

/**
 * Event functions of their own class, registered by {@link ShopApp} under the name prefix {@code stock_}: each
 * becomes a Lambda function of the app, {@code stock_restock} and {@code stock_count_of}.
 */
@Blueprint
public final class StockWorkers {
    /** One delivery of stock, as the supplier queues it. */
    public record Restock(String item, int added) {}

    private final Inventory inventory;

    public StockWorkers(Inventory inventory) {
        this.inventory = inventory;
    }

    /** Adds each delivery to the inventory; one that takes stock away is refused, alone. */
    @OnSqsMessage(queue = "restocks")
    public void restock(Restock restock) {
        if (restock.added() < 0) {
            throw new IllegalArgumentException("a delivery adds stock");
        }
        inventory.put(restock.item(), inventory.count(restock.item()) + restock.added());
    }

    /** The count of one item, for other services to call directly. */
    @LambdaFunction
    public int countOf(String item) {
        return inventory.count(item);
    }
}
