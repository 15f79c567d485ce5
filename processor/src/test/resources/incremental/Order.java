package test.shop;

import java.util.List;
import java.util.UUID;

public record Order(UUID id, List<Line> lines, Status status) {
    public record Line(Item item, int quantity) {}

    public enum Status { NEW, PAID, SHIPPED }
}
