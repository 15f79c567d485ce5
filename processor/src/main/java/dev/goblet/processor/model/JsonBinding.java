package dev.goblet.processor.model;

import java.util.Optional;

/**
 * How a named type's JSON is read and written at run time: by code Goblet generates from its schema, or, where that
 * code cannot do what the type asks for, by jackson-databind.
 *
 * @param databindReason why generated code cannot bind the type (a custom serializer, a creator, polymorphism...);
 *     empty when it can
 * @param publicType whether the type (and every type it is nested in) is public, so that generated code in another
 *     package can reach it
 * @param omitsNulls whether null properties are left out when written, as {@code @JsonInclude(NON_NULL)} or
 *     {@code NON_ABSENT} on the type asks
 * @param omitsEmptyOptionals whether empty {@code Optional} properties are left out too, as {@code NON_ABSENT} asks
 *     (under {@code NON_NULL} they are written as null, as databind does)
 */
public record JsonBinding(Optional<String> databindReason, boolean publicType, boolean omitsNulls,
        boolean omitsEmptyOptionals) {
    /** For models made without reading the type: bound by databind, as before generated JSON code. */
    public static final JsonBinding DATABIND = databind("read without its type", false);

    public static JsonBinding generated(boolean publicType, String include) {
        return new JsonBinding(Optional.empty(), publicType, !include.equals("ALWAYS"), include.equals("NON_ABSENT"));
    }

    public static JsonBinding databind(String reason, boolean publicType) {
        return new JsonBinding(Optional.of(reason), publicType, false, false);
    }
}
