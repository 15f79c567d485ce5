package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.goblet.BadRequestError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The codecs of the JDK's value types and collections, composed by generated code with the app's own, and the
 * reading of a body into a 400 that names the field. Each scalar takes exactly the JSON type its schema declares
 * (no number in a string, no string for a boolean), so what the document promises is what the service accepts.
 * Dates and times are ISO-8601 strings, as databind writes them with Goblet's settings.
 */
public final class JsonCodecs {
    /** The runtime's one factory, the entry point's; its stream constraints bound nesting, string and number sizes. */
    public static final JsonFactory FACTORY = ProxyEventReader.FACTORY;

    public static final JsonCodec<String> STRING = new JsonCodec<>() {
        @Override
        public String read(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonBindingError.expected("a string");
            }
            return in.getText();
        }

        @Override
        public void write(JsonGenerator out, String value) throws IOException {
            out.writeString(value);
        }
    };

    public static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
        @Override
        public Boolean read(JsonParser in) throws IOException {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            throw notOrExpected(in, "true or false");
        }

        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }
    };

    public static final JsonCodec<Integer> INTEGER = integral("an integer", JsonParser::getIntValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<Long> LONG = integral("an integer", JsonParser::getLongValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<Short> SHORT = integral("an integer", JsonParser::getShortValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<Byte> BYTE = integral("an integer", JsonParser::getByteValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<BigInteger> BIG_INTEGER = integral("an integer", JsonParser::getBigIntegerValue,
            JsonGenerator::writeNumber);

    public static final JsonCodec<Double> DOUBLE = number(JsonParser::getDoubleValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<Float> FLOAT = number(JsonParser::getFloatValue,
            (out, value) -> out.writeNumber(value));
    public static final JsonCodec<BigDecimal> BIG_DECIMAL = number(JsonParser::getDecimalValue,
            JsonGenerator::writeNumber);

    public static final JsonCodec<Character> CHARACTER = text("one character", text -> {
        if (text.length() != 1) {
            throw new IllegalArgumentException("not one character");
        }
        return text.charAt(0);
    }, String::valueOf);

    /** Only the 36-character form: {@code UUID.fromString} also takes "1-2-3-4-5". */
    public static final JsonCodec<UUID> UUID_CODEC = text("a UUID", text -> {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not 36 characters");
        }
        return UUID.fromString(text);
    }, UUID::toString);

    public static final JsonCodec<URI> URI_CODEC = text("a URI", URI::new, URI::toString);
    public static final JsonCodec<Instant> INSTANT = text("a date-time", Instant::parse,
            DateTimeFormatter.ISO_INSTANT::format);
    /** Adjusted to UTC when read, as databind does by default. */
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = text("a date-time",
            text -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = text("a date-time", LocalDateTime::parse,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME::format);
    public static final JsonCodec<LocalDate> LOCAL_DATE = text("a date", LocalDate::parse,
            DateTimeFormatter.ISO_LOCAL_DATE::format);
    public static final JsonCodec<LocalTime> LOCAL_TIME = text("a time", LocalTime::parse,
            DateTimeFormatter.ISO_LOCAL_TIME::format);

    private JsonCodecs() {}

    /**
     * Binds {@code body} with {@code codec}; JSON {@code null} is null. Every failure of the caller's JSON is a 400
     * whose message names {@code name} ("body 'user'") and the field, in JSON's terms, never a Java type's or a
     * parser's words. An {@link dev.goblet.HttpError} thrown by the type's constructor passes as it is; anything
     * else it throws is a bug, and passes on to become a 500.
     */
    public static <T> T read(byte[] body, JsonCodec<T> codec, String name) {
        try (JsonParser in = FACTORY.createParser(body)) {
            JsonToken first = in.nextToken();
            if (first == null) {
                throw new BadRequestError("Error Parsing JSON in " + name + ": not valid JSON");
            }
            T value = first == JsonToken.VALUE_NULL ? null : codec.read(in);
            if (in.nextToken() != null) {
                throw new BadRequestError("Error Parsing JSON in " + name + ": not valid JSON");
            }
            return value;
        } catch (JsonBindingError e) {
            throw new BadRequestError(e.message(name));
        } catch (StreamConstraintsException e) {
            throw new BadRequestError("Error Parsing JSON in " + name + ": nested too deeply or too large");
        } catch (IOException e) {
            throw new BadRequestError("Error Parsing JSON in " + name + ": not valid JSON");
        }
    }

    /** {@code value} as JSON text; null is {@code null}. */
    public static <T> String writeText(JsonCodec<T> codec, T value) {
        // The factory's recycled buffers, as databind's writeValueAsString takes them: a fresh recycler would
        // allocate its buffers anew for every answer.
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator out = FACTORY.createGenerator(text)) {
                writeNullable(out, codec, value);
            }
            return text.getAndClear();
        } catch (IOException e) {
            // Writing to memory fails only when a type's own accessor does: a bug.
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /** Writes {@code value}, or {@code null}. */
    public static <T> void writeNullable(JsonGenerator out, JsonCodec<T> codec, T value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            codec.write(out, value);
        }
    }

    /** A {@code List} (or {@code Collection}, {@code Iterable}); its items are not null. */
    public static <T> JsonCodec<List<T>> list(JsonCodec<T> items) {
        return collection(items, ArrayList::new);
    }

    /** A {@code Set}, in the order of the JSON array; a repeated item counts once. */
    public static <T> JsonCodec<Set<T>> set(JsonCodec<T> items) {
        return collection(items, LinkedHashSet::new);
    }

    private static <T, C extends Collection<T>> JsonCodec<C> collection(JsonCodec<T> items,
            java.util.function.Supplier<C> empty) {
        return new JsonCodec<>() {
            @Override
            public C read(JsonParser in) throws IOException {
                if (in.currentToken() != JsonToken.START_ARRAY) {
                    throw JsonBindingError.expected("an array");
                }
                C values = empty.get();
                int index = 0;
                for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
                    if (token == JsonToken.VALUE_NULL) {
                        throw JsonBindingError.mustNotBeNull().at(index);
                    }
                    try {
                        values.add(items.read(in));
                    } catch (JsonBindingError e) {
                        throw e.at(index);
                    }
                    index++;
                }
                return values;
            }

            @Override
            public void write(JsonGenerator out, C value) throws IOException {
                out.writeStartArray();
                for (T item : value) {
                    writeNullable(out, items, item);
                }
                out.writeEndArray();
            }
        };
    }

    /** A {@code Map<String, V>} as a JSON object; its values are not null. */
    public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> values) {
        return new JsonCodec<>() {
            @Override
            public Map<String, V> read(JsonParser in) throws IOException {
                if (in.currentToken() != JsonToken.START_OBJECT) {
                    throw JsonBindingError.expected("an object");
                }
                Map<String, V> map = new LinkedHashMap<>();
                for (String key = JsonObjects.nextField(in); key != null; key = JsonObjects.nextField(in)) {
                    map.put(key, JsonObjects.nonNull(in, values, key));
                }
                return map;
            }

            @Override
            public void write(JsonGenerator out, Map<String, V> value) throws IOException {
                out.writeStartObject();
                for (Map.Entry<String, V> entry : value.entrySet()) {
                    out.writeFieldName(entry.getKey());
                    writeNullable(out, values, entry.getValue());
                }
                out.writeEndObject();
            }
        };
    }

    /** A value read from one parser call that may throw, as {@code getIntValue} does. */
    private interface Getter<T> {
        T get(JsonParser in) throws IOException;
    }

    private interface Writer<T> {
        void write(JsonGenerator out, T value) throws IOException;
    }

    private static <T> JsonCodec<T> integral(String what, Getter<T> getter, Writer<T> writer) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonParser in) throws IOException {
                if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw notOrExpected(in, what);
                }
                try {
                    return getter.get(in);
                } catch (InputCoercionException tooLarge) {
                    throw JsonBindingError.notA(in.getText(), what + " in range");
                }
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                writer.write(out, value);
            }
        };
    }

    private static <T> JsonCodec<T> number(Getter<T> getter, Writer<T> writer) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonParser in) throws IOException {
                JsonToken token = in.currentToken();
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw notOrExpected(in, "a number");
                }
                return getter.get(in);
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                writer.write(out, value);
            }
        };
    }

    /** A type written as one string: read with {@code parse}, whose failure says the text is not {@code what}. */
    private static <T> JsonCodec<T> text(String what, Parse<T> parse, Function<T, String> format) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonParser in) throws IOException {
                if (in.currentToken() != JsonToken.VALUE_STRING) {
                    throw JsonBindingError.expected(what);
                }
                String text = in.getText();
                try {
                    return parse.parse(text);
                } catch (IllegalArgumentException | DateTimeParseException | java.net.URISyntaxException e) {
                    throw JsonBindingError.notA(text, what);
                }
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                out.writeString(format.apply(value));
            }
        };
    }

    private interface Parse<T> {
        T parse(String text) throws java.net.URISyntaxException;
    }

    /** A string that should have been another scalar is named ({@code 'old' is not an integer}); else expected. */
    static JsonBindingError notOrExpected(JsonParser in, String what) throws IOException {
        return in.currentToken() == JsonToken.VALUE_STRING ? JsonBindingError.notA(in.getText(), what)
                : JsonBindingError.expected(what);
    }
}
