package dev.goblet.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.goblet.BadRequestError;
import dev.goblet.Request;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The binding steps generated handlers call: each turns a missing or malformed value into a 400 naming it. */
public final class ParameterBinder {
    private ParameterBinder() {}

    /** A value that must be present. */
    public static <T> T required(String text, String name, ParameterSource source, Converter<T> converter) {
        if (text == null) {
            throw new BadRequestError("Missing required " + source.label() + " '" + name + "'");
        }
        return convert(text, name, source, converter);
    }

    /** A value that falls back to {@code defaultText} when absent. */
    public static <T> T orDefault(
            String text, String defaultText, String name, ParameterSource source, Converter<T> converter) {
        return convert(text == null ? defaultText : text, name, source, converter);
    }

    public static <T> Optional<T> optional(String text, String name, ParameterSource source, Converter<T> converter) {
        return text == null ? Optional.empty() : Optional.of(convert(text, name, source, converter));
    }

    public static <T> List<T> list(List<String> texts, String name, ParameterSource source, Converter<T> converter) {
        List<T> values = new ArrayList<>(texts.size());
        for (String text : texts) {
            values.add(convert(text, name, source, converter));
        }
        return List.copyOf(values);
    }

    /**
     * The JSON body bound to {@code type} by databind; a missing body, or a JSON {@code null}, is a 400 unless not
     * required.
     */
    public static <T> T body(Request request, JavaType type, String name, boolean required) {
        T value = request.hasBody() ? JsonBodies.read(request.rawBody(), type, "body '" + name + "'") : null;
        if (value == null && required) {
            throw new BadRequestError("Missing request body: expected JSON for '" + name + "'");
        }
        return value;
    }

    /**
     * The JSON body read by {@code codec}, generated from the body type's schema; otherwise as above. A name of its
     * own, so that compiling a call to it needs no databind class, as overload resolution against the above would.
     */
    public static <T> T codecBody(Request request, JsonCodec<T> codec, String name, boolean required) {
        T value = request.hasBody() ? JsonCodecs.read(request.rawBody(), codec, "body '" + name + "'") : null;
        if (value == null && required) {
            throw new BadRequestError("Missing request body: expected JSON for '" + name + "'");
        }
        return value;
    }

    public static <T> T convert(String text, String name, ParameterSource source, Converter<T> converter) {
        try {
            return converter.convert(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestError("Invalid value for " + source.label() + " '" + name + "': '" + text + "'");
        }
    }

    /** Strict booleans, {@code true} or {@code false} in any case: {@code Boolean::valueOf} takes "yes" as false. */
    public static Boolean parseBoolean(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("not a boolean: " + text);
        }
    }

    /** A single character. */
    public static Character parseChar(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("not one character: " + text);
        }
        return text.charAt(0);
    }
}
