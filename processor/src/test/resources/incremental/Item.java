package test.shop;

import java.util.Optional;

public record Item(String sku, long priceCents, Optional<String> description) {}
