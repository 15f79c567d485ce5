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
            throw new BadRequestError("Error Parsing JSON: " + originalMessage(e));
        }
    }

    /** Binds {@code body} to {@code type}; every failure is a 400 whose message names {@code name} and the field. */
    public static <T> T read(byte[] body, JavaType type, String name) {
        try {
            return MAPPER.readValue(body, type);
        } catch (ValueInstantiationException e) {
            // The type's constructor refused the values: its message is meant for the caller.
            Throwable cause = e.getCause();
            if (cause instanceof HttpError error) {
                throw error;
            }
            String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : originalMessage(e);
            throw new BadRequestError("Invalid " + name + at(e) + ": " + reason);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestError("Unknown field '" + e.getPropertyName() + "' in " + name + where(e));
        } catch (InvalidFormatException e) {
            throw new BadRequestError("Invalid " + name + at(e) + ": '" + e.getValue() + "' is not a valid "
                    + e.getTargetType().getSimpleName());
        } catch (InvalidNullException e) {
            throw new BadRequestError("Invalid " + name + at(e) + ": must not be null");
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage().startsWith("Missing required creator property")) {
                // A misspelt field shows up as a missing one; naming the misspelling helps more.
                String unknown = firstUnknownField(body, type);
                throw new BadRequestError(unknown != null
                        ? "Unknown field '" + unknown + "' in " + name
                        : "Missing required" + at(e) + " in " + name);
            }
            String expected = e.getTargetType() == null
                    ? "another value"
                    : "a value of type " + e.getTargetType().getSimpleName();
            throw new BadRequestError("Invalid " + name + at(e) + ": expected " + expected);
        } catch (JsonProcessingException e) {
            throw new BadRequestError("Error Parsing JSON in " + name + ": " + originalMessage(e));
        } catch (IOException e) {
            throw new BadRequestError("Unreadable " + name);
        }
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

    private static String originalMessage(IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            String message = jpe.getOriginalMessage();
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
        return "unreadable body";
    }
}
