package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;

/**
 * A codec for a value generated code cannot bind (a JSON tree, a type with a custom serializer or polymorphic type
 * ids), done by jackson-databind inside generated code. Only apps with such a type load this class, and only they
 * need jackson-databind at run time; the processor says which types they are.
 */
public final class DatabindCodec<T> implements JsonCodec<T> {
    private final JavaType type;
    /** Reads one value in the middle of a document: what follows it is the enclosing codec's to read. */
    private final ObjectReader reader;

    public DatabindCodec(JavaType type) {
        this.type = type;
        this.reader = JsonBodies.MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public T read(JsonParser in) throws IOException {
        try {
            return reader.readValue(in);
        } catch (ValueInstantiationException | InvalidDefinitionException e) {
            throw JsonBodies.appFailure(e, type);
        } catch (JsonMappingException e) {
            throw JsonBindingError.expected("a valid value");
        }
    }

    @Override
    public void write(JsonGenerator out, T value) throws IOException {
        JsonBodies.MAPPER.writeValue(out, value);
    }
}
