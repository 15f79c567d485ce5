package dev.goblet.internal;

/**
 * Turns the text of a path, query or header value into a parameter's type. Generated code passes method
 * references such as {@code Integer::valueOf} or {@code UUID::fromString}; any {@link IllegalArgumentException}
 * or {@link java.time.format.DateTimeParseException} they throw becomes a 400 naming the parameter.
 */
@FunctionalInterface
public interface Converter<T> {
    T convert(String text);
}
