package dev.goblet.processor.model;

import java.util.List;
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
 * @param constraints its Bean Validation constraints, enforced when a body is bound
 * @param cascade whether {@code @Valid} asks for the constraints of its value (or its items) to be checked too
 * @param accessor how generated code reads it from the Java object: {@code username()}, {@code getName()} or a
 *     public field's name; empty where it cannot
 * @param javaType the property's Java type as the object holds it ({@code Optional<String>}, {@code int}), for the
 *     JSON code generated from this model; empty in models made without one
 */
public record PropertyModel(String name, TypeShape shape, boolean required, boolean nullable, SchemaDocs docs,
        List<ConstraintModel> constraints, boolean cascade, Optional<String> accessor, Optional<TypeRef> javaType) {

    public PropertyModel {
        constraints = List.copyOf(constraints);
    }

    /** A property without its Java type. */
    public PropertyModel(String name, TypeShape shape, boolean required, boolean nullable, SchemaDocs docs,
            List<ConstraintModel> constraints, boolean cascade, Optional<String> accessor) {
        this(name, shape, required, nullable, docs, constraints, cascade, accessor, Optional.empty());
    }

    /** A property without constraints. */
    public PropertyModel(String name, TypeShape shape, boolean required, boolean nullable, SchemaDocs docs) {
        this(name, shape, required, nullable, docs, List.of(), false, Optional.empty());
    }

    /** Whether generated code has anything to check on it. */
    public boolean checked() {
        return !constraints.isEmpty() || cascade;
    }
}
