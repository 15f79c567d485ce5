package dev.goblet.processor.model;

import java.util.Optional;

/**
 * One JSON property of an object type.
 *
 * @param name the name on the wire, after {@code @JsonProperty}
 * @param shape the value's shape
 * @param required whether a body must carry it: record components and fields that are not {@code Optional} or
 *     {@code @Nullable}, unless {@code @Schema} says otherwise
 * @param nullable whether it may be {@code null}
 * @param docs its description and example
 */
public record PropertyModel(String name, TypeShape shape, boolean required, boolean nullable, SchemaDocs docs) {}
