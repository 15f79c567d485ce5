package dev.goblet.processor.model;

/**
 * What a Java type looks like on the wire, as far as a schema needs to know, read from the type at compile time.
 * Types with a name of their own (records, beans, enums) are {@link Ref}s to a {@link NamedSchema} of the app, so
 * that each is described once and recursive types end.
 */
public sealed interface TypeShape {

    /** A JSON scalar: {@code type} is {@code string}, {@code integer}, {@code number} or {@code boolean}. */
    record Scalar(String type, String format) implements TypeShape {
        public static Scalar of(String type) {
            return new Scalar(type, null);
        }
    }

    /** A JSON array; {@code unique} for a {@code Set}. */
    record ArrayOf(TypeShape items, boolean unique) implements TypeShape {}

    /** A JSON object with arbitrary keys, from a {@code Map<String, V>}. */
    record MapOf(TypeShape values) implements TypeShape {}

    /** A named type, described once under the app's schemas. */
    record Ref(String name) implements TypeShape {}

    /** Any JSON value: {@code Object}, {@code JsonNode}, or a type Goblet cannot see into. */
    record AnyValue() implements TypeShape {}

    /** Raw bytes, as a {@code byte[]} body takes them. */
    record Binary() implements TypeShape {}
}
