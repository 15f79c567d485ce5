package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The steps of a generated object codec: walk the fields, read each value as its property allows (not null,
 * nullable, optional), and say where a value went wrong.
 */
public final class JsonObjects {
    private JsonObjects() {}

    /** Checks that the current token starts an object. */
    public static void start(JsonParser in) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw JsonBindingError.expected("an object");
        }
    }

    /** The next field's name, with the parser on its value; null at the object's end. */
    public static String nextField(JsonParser in) throws IOException {
        if (in.nextToken() == JsonToken.END_OBJECT) {
            return null;
        }
        String name = in.currentName();
        in.nextToken();
        return name;
    }

    /** A value that must not be null. */
    public static <T> T nonNull(JsonParser in, JsonCodec<T> codec, String field) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            throw JsonBindingError.mustNotBeNull().under(field);
        }
        return read(in, codec, field);
    }

    /** A value that may be null. */
    public static <T> T nullable(JsonParser in, JsonCodec<T> codec, String field) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : read(in, codec, field);
    }

    /** An {@code Optional} property: null is empty. */
    public static <T> Optional<T> optional(JsonParser in, JsonCodec<T> codec, String field) throws IOException {
        return Optional.ofNullable(nullable(in, codec, field));
    }

    private static <T> T read(JsonParser in, JsonCodec<T> codec, String field) throws IOException {
        try {
            return codec.read(in);
        } catch (JsonBindingError e) {
            throw e.under(field);
        }
    }
}
