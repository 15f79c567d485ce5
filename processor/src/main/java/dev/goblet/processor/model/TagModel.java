package dev.goblet.processor.model;

import java.util.Optional;

/** A tag the app declares with {@code @Tag} on its class, to group operations in the document. */
public record TagModel(String name, Optional<String> description) {}
