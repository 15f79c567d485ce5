package dev.goblet.processor.model;

/**
 * How the text of a path, query or header value becomes a parameter's value. The generated handler passes it to the
 * runtime's binder as a converter; which one is found at compile time, so nothing is looked up per request.
 */
public sealed interface TextConversion {

    /** The value is the text itself: {@code String}. */
    record Unchanged() implements TextConversion {}

    /**
     * A primitive or its box, parsed as the runtime's binder parses it: {@code boolean} and {@code char} by rules of
     * its own (Java's {@code Boolean.valueOf} takes any text), the numbers by their box's {@code valueOf}.
     *
     * @param keyword the primitive's keyword, also for a box: {@code int} for {@code Integer}
     */
    record Primitive(String keyword) implements TextConversion {}

    /** An enum's constant by its name, through the enum's {@code valueOf}. */
    record EnumConstant(ClassRef type) implements TextConversion {}

    /** A public static method of {@code type} taking the text: {@code valueOf}, {@code fromString} or {@code parse}. */
    record FactoryMethod(ClassRef type, String method) implements TextConversion {}

    /** A public constructor of {@code type} that takes the text. */
    record StringConstructor(ClassRef type) implements TextConversion {}
}
