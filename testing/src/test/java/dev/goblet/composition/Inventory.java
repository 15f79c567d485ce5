package dev.goblet.composition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the shop's blueprints share, made by the app: a stand-in for a table client. */
public final class Inventory {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>(Map.of("cup", 3));

    public int count(String item) {
        return counts.getOrDefault(item, 0);
    }

    public void put(String item, int count) {
        counts.put(item, count);
    }
}
