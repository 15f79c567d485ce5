package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.goblet.BadRequestError;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
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

/**
 * The codecs of the JDK's value types and collections, composed by generated code with the app's own, and the
 * reading of a body into a 400 that names the field. Each scalar takes exactly the JSON type its schema declares
 * (no number in a string, no string for a boolean), so what the document promises is what the service accepts.
 * Dates and times are ISO-8601 strings, as databind writes them with Goblet's settings.
 */
public final class JsonCodecs {
    /** The runtime's one factory, the entry point's; its stream constraints bound nesting, string and number sizes. */
    public static final JsonFactory FACTORY = ProxyEventReader.FACTORY;

    public static final JsonCodec<String> STRING = new Scalar<>(Scalar.STRING, "a string");
    public static final JsonCodec<Boolean> BOOLEAN = new Scalar<>(Scalar.BOOLEAN, "true or false");
    public static final JsonCodec<Integer> INTEGER = new Scalar<>(Scalar.INTEGER, "an integer");
    public static final JsonCodec<Long> LONG = new Scalar<>(Scalar.LONG, "an integer");
    public static final JsonCodec<Short> SHORT = new Scalar<>(Scalar.SHORT, "an integer");
    public static final JsonCodec<Byte> BYTE = new Scalar<>(Scalar.BYTE, "an integer");
    public static final JsonCodec<BigInteger> BIG_INTEGER = new Scalar<>(Scalar.BIG_INTEGER, "an integer");
    public static final JsonCodec<Double> DOUBLE = new Scalar<>(Scalar.DOUBLE, "a number");
    public static final JsonCodec<Float> FLOAT = new Scalar<>(Scalar.FLOAT, "a number");
    public static final JsonCodec<BigDecimal> BIG_DECIMAL = new Scalar<>(Scalar.BIG_DECIMAL, "a number");
    public static final JsonCodec<Character> CHARACTER = new Scalar<>(Scalar.CHARACTER, "one character");
    /** Only the 36-character form: {@code UUID.fromString} also takes "1-2-3-4-5". */
    public static final JsonCodec<UUID> UUID_CODEC = new Scalar<>(Scalar.UUID, "a UUID");
    public static final JsonCodec<URI> URI_CODEC = new Scalar<>(Scalar.URI, "a URI");
    public static final JsonCodec<Instant> INSTANT = new Scalar<>(Scalar.INSTANT, "a date-time");
    /** Adjusted to UTC when read, as databind does by default. */
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(Scalar.OFFSET_DATE_TIME,
            "a date-time");
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(Scalar.LOCAL_DATE_TIME,
            "a date-time");
    public static final JsonCodec<LocalDate> LOCAL_DATE = new Scalar<>(Scalar.LOCAL_DATE, "a date");
    public static final JsonCodec<LocalTime> LOCAL_TIME = new Scalar<>(Scalar.LOCAL_TIME, "a time");

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
        return JsonText.write(out -> writeNullable(out, codec, value));
    }

    /** Writes {@code value}, or {@code null}. */
    public static <T> void writeNullable(JsonGenerator out, JsonCodec<T> codec, T value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            codec.write(out, value);
        }
    }

    /** A {@code List}; its items are not null. */
    public static <T> JsonCodec<List<T>> list(JsonCodec<T> items) {
        return collection(items, false);
    }

    /** A {@code Set}, in the order of the JSON array; a repeated item counts once. */
    public static <T> JsonCodec<Set<T>> set(JsonCodec<T> items) {
        return collection(items, true);
    }

    /** A list or a set; a flag, not a constructor reference, so that making one bootstraps no lambda. */
    @SuppressWarnings("unchecked")
    private static <T, C extends Collection<T>> JsonCodec<C> collection(JsonCodec<T> items, boolean unique) {
        return new JsonCodec<>() {
            @Override
            public C read(JsonParser in) throws IOException {
                if (in.currentToken() != JsonToken.START_ARRAY) {
                    throw JsonBindingError.expected("an array");
                }
                C values = (C) (unique ? new LinkedHashSet<T>() : new ArrayList<T>());
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

    /**
     * Every scalar in one class, a switch on its kind: the runtime loads one class for them and bootstraps no
     * lambda, where a class or a method reference per scalar would cost a cold start one of each.
     */
    private static final class Scalar<T> implements JsonCodec<T> {
        static final int STRING = 0;
        static final int BOOLEAN = 1;
        static final int INTEGER = 2;
        static final int LONG = 3;
        static final int SHORT = 4;
        static final int BYTE = 5;
        static final int BIG_INTEGER = 6;
        static final int DOUBLE = 7;
        static final int FLOAT = 8;
        static final int BIG_DECIMAL = 9;
        static final int CHARACTER = 10;
        static final int UUID = 11;
        static final int URI = 12;
        static final int INSTANT = 13;
        static final int OFFSET_DATE_TIME = 14;
        static final int LOCAL_DATE_TIME = 15;
        static final int LOCAL_DATE = 16;
        static final int LOCAL_TIME = 17;

        private final int kind;
        /** What a value looks like, in a JSON user's words: "an integer". */
        private final String what;

        Scalar(int kind, String what) {
            this.kind = kind;
            this.what = what;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonParser in) throws IOException {
            return (T) (kind <= BIG_INTEGER && kind >= INTEGER ? integral(in)
                    : kind >= DOUBLE && kind <= BIG_DECIMAL ? number(in)
                    : kind == BOOLEAN ? bool(in)
                    : parsed(in));
        }

        private Object integral(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw notOrExpected(in, what);
            }
            try {
                switch (kind) {
                    case INTEGER:
                        return in.getIntValue();
                    case LONG:
                        return in.getLongValue();
                    case SHORT:
                        return in.getShortValue();
                    case BYTE:
                        return in.getByteValue();
                    default:
                        return in.getBigIntegerValue();
                }
            } catch (InputCoercionException tooLarge) {
                throw JsonBindingError.notA(in.getText(), what + " in range");
            }
        }

        private Object number(JsonParser in) throws IOException {
            JsonToken token = in.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw notOrExpected(in, what);
            }
            return kind == DOUBLE ? (Object) in.getDoubleValue() : kind == FLOAT ? (Object) in.getFloatValue()
                    : in.getDecimalValue();
        }

        private Object bool(JsonParser in) throws IOException {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            throw notOrExpected(in, what);
        }

        /** A string, or a type written as one: its parser's failure says the text is not {@code what}. */
        private Object parsed(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonBindingError.expected(what);
            }
            String text = in.getText();
            try {
                switch (kind) {
                    case STRING:
                        return text;
                    case CHARACTER:
                        if (text.length() != 1) {
                            throw new IllegalArgumentException("not one character");
                        }
                        return text.charAt(0);
                    case UUID:
                        if (text.length() != 36) {
                            throw new IllegalArgumentException("not 36 characters");
                        }
                        return java.util.UUID.fromString(text);
                    case URI:
                        return new URI(text);
                    case INSTANT:
                        return Instant.parse(text);
                    case OFFSET_DATE_TIME:
                        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
                    case LOCAL_DATE_TIME:
                        return LocalDateTime.parse(text);
                    case LOCAL_DATE:
                        return LocalDate.parse(text);
                    default:
                        return LocalTime.parse(text);
                }
            } catch (IllegalArgumentException | DateTimeParseException | URISyntaxException e) {
                throw JsonBindingError.notA(text, what);
            }
        }

        @Override
        public void write(JsonGenerator out, T value) throws IOException {
            switch (kind) {
                case STRING:
                    out.writeString((String) value);
                    break;
                case BOOLEAN:
                    out.writeBoolean((Boolean) value);
                    break;
                case INTEGER:
                    out.writeNumber((Integer) value);
                    break;
                case LONG:
                    out.writeNumber((Long) value);
                    break;
                case SHORT:
                    out.writeNumber((Short) value);
                    break;
                case BYTE:
                    out.writeNumber((short) (Byte) value);
                    break;
                case BIG_INTEGER:
                    out.writeNumber((BigInteger) value);
                    break;
                case DOUBLE:
                    out.writeNumber((Double) value);
                    break;
                case FLOAT:
                    out.writeNumber((Float) value);
                    break;
                case BIG_DECIMAL:
                    out.writeNumber((BigDecimal) value);
                    break;
                case INSTANT:
                    out.writeString(DateTimeFormatter.ISO_INSTANT.format((Instant) value));
                    break;
                case OFFSET_DATE_TIME:
                    out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
                    break;
                case LOCAL_DATE_TIME:
                    out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value));
                    break;
                case LOCAL_DATE:
                    out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
                    break;
                case LOCAL_TIME:
                    out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value));
                    break;
                default:
                    // A character, a UUID, a URI: their own text.
                    out.writeString(value.toString());
            }
        }
    }

    /** A string that should have been another scalar is named ({@code 'old' is not an integer}); else expected. */
    static JsonBindingError notOrExpected(JsonParser in, String what) throws IOException {
        return in.currentToken() == JsonToken.VALUE_STRING ? JsonBindingError.notA(in.getText(), what)
                : JsonBindingError.expected(what);
    }
}
