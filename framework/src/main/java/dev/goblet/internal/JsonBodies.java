package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.goblet.BadRequestError;
import dev.goblet.HttpError;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one {@link ObjectMapper} of the runtime, and the reading of bodies into 400s that name the field. */
public final class JsonBodies {
    /**
     * Jackson's modules for {@code Optional} and {@code java.time}, when the app has them on its classpath: they
     * are optional so that an app that uses neither does not ship them. Looked up once, when the class loads.
     */
    private static final List<String> OPTIONAL_MODULES = List.of(
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");

    /**
     * Strict on input (unknown or wrong fields are a 400, so are missing or null record components that are neither
     * Optional nor @Nullable), so that a typo never passes silently and local runs reject what API Gateway rejects.
     */
    public static final ObjectMapper MAPPER = mapper();

    private JsonBodies() {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .setAnnotationIntrospector(new RequiredCreatorProperties())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Dates as ISO-8601 strings, as the OpenAPI document describes them.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (String module : OPTIONAL_MODULES) {
            try {
                mapper.registerModule((Module) Class.forName(module).getConstructor().newInstance());
            } catch (ClassNotFoundException absent) {
                // The app does not use it.
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot load Jackson module " + module, e);
            }
        }
        return mapper;
    }

    public static JavaType type(Class<?> type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    public static JavaType type(TypeReference<?> type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    public static JsonNode readTree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadRequestError("Error Parsing JSON: " + problem(e));
        }
    }

    /**
     * Binds {@code body} to {@code type}; every failure of the caller's JSON is a 400 whose message names
     * {@code name} and the field in the caller's terms (JSON types, field paths), never Jackson's words, source
     * locations or Java type names. A failure of the app's side (a constructor that throws something other than an
     * {@link HttpError}, a type Jackson cannot bind) is a bug, not bad input: it is thrown on, to become a 500.
     */
    public static <T> T read(byte[] body, JavaType type, String name) {
        try {
            return MAPPER.readValue(body, type);
        } catch (ValueInstantiationException | InvalidDefinitionException e) {
            throw appFailure(e, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestError("Unknown field '" + shorten(e.getPropertyName()) + "' in " + name + where(e));
        } catch (InvalidNullException e) {
            throw new BadRequestError("Invalid " + name + at(e) + ": must not be null");
        } catch (MismatchedInputException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Missing required creator property")) {
                // A misspelt field shows up as a missing one; naming the misspelling helps more.
                String unknown = firstUnknownField(body, type);
                throw new BadRequestError(unknown != null
                        ? "Unknown field '" + shorten(unknown) + "' in " + name
                        : "Missing required" + at(e) + " in " + name);
            }
            String value = e instanceof InvalidFormatException format && format.getValue() != null
                    ? "'" + shorten(String.valueOf(format.getValue())) + "' is not " : "expected ";
            throw new BadRequestError("Invalid " + name + at(e) + ": " + value + jsonType(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new BadRequestError("Invalid " + name + at(e));
        } catch (IOException e) {
            throw new BadRequestError("Error Parsing JSON in " + name + ": " + problem(e));
        }
    }

    /**
     * A failure on the app's side while binding: an {@link HttpError} its constructor threw, to answer as it is, or a
     * bug (a constructor that threw anything else, a type databind cannot bind), to become a 500.
     */
    static RuntimeException appFailure(JsonMappingException e, JavaType type) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof HttpError error) {
            return error;
        }
        return new IllegalStateException(e instanceof InvalidDefinitionException ? "Cannot bind " + type
                + " from JSON" : "The constructor of " + type + " failed", e);
    }

    /** What a value of {@code type} looks like in JSON, in the words of a JSON user. */
    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        String name = type.getName();
        return name.matches("int|long|short|byte|java\\.(lang|math)\\.(Integer|Long|Short|Byte|BigInteger)")
                ? "an integer"
                : Number.class.isAssignableFrom(type) || name.matches("double|float") ? "a number"
                : name.matches("boolean|java\\.lang\\.Boolean") ? "true or false"
                : type.isArray() || Iterable.class.isAssignableFrom(type) ? "an array"
                : name.startsWith("java.") && !java.util.Map.class.isAssignableFrom(type) ? "a string" : "an object";
    }

    /** What is wrong with unreadable JSON, without Jackson's message: it quotes the input and the parser's state. */
    private static String problem(IOException e) {
        return e instanceof StreamConstraintsException ? "nested too deeply or too large" : "not valid JSON";
    }

    /** Echoed input, cut short: a message names a value, it does not carry a megabyte of it. */
    private static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }

    /** The first top-level field of an object body that {@code type} has no property for, or null. */
    private static String firstUnknownField(byte[] body, JavaType type) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            Set<String> known = MAPPER.getDeserializationConfig().introspect(type).findProperties().stream()
                    .map(BeanPropertyDefinition::getName)
                    .collect(Collectors.toSet());
            Iterator<String> fields = tree.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                if (!known.contains(field)) {
                    return field;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    public static String writeText(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    private static String at(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "" : " field '" + path + "'";
    }

    private static String where(JsonMappingException e) {
        String path = path(e);
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : " at '" + path.substring(0, dot) + "'";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
