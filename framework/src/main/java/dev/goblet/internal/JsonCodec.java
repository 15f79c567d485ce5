package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one Java type's JSON on jackson-core's streaming API, with no reflection: the processor writes a
 * codec for each record and enum an app binds, from the same model as the type's OpenAPI schema, and composes the
 * {@link JsonCodecs} for the JDK's types.
 *
 * @param <T> the type
 */
public interface JsonCodec<T> {
    /**
     * Reads a value whose first token is the parser's current one, and leaves the parser on its last token. Never
     * called on a JSON {@code null}: the caller decides what null means where the value sits.
     *
     * @throws JsonBindingError when the JSON is not a value of the type, saying what was expected
     */
    T read(JsonParser in) throws IOException;

    /** Writes {@code value}, which is not null. */
    void write(JsonGenerator out, T value) throws IOException;
}
