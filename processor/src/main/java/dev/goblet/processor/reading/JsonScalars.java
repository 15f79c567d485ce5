package dev.goblet.processor.reading;

import dev.goblet.processor.model.TypeShape.Scalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JDK's value types that Jackson writes as one JSON scalar, with their OpenAPI type and format. */
final class JsonScalars {
    private static final Map<String, Scalar> SCALARS = read();

    private JsonScalars() {}

    /** The scalar of the type by its qualified name, or null when Jackson does not write it as one. */
    static Scalar of(String qualifiedName) {
        return SCALARS.get(qualifiedName);
    }

    /** The JDK's value types that Jackson writes as one JSON scalar, with their OpenAPI type and format. */
    private static Map<String, Scalar> read() {
        Map<String, Scalar> scalars = new HashMap<>();
        for (String text : List.of("java.lang.String", "java.lang.CharSequence", "java.lang.Character",
                "java.time.Period", "java.time.YearMonth", "java.time.MonthDay", "java.time.ZoneId",
                "java.time.ZoneOffset", "java.util.Locale", "java.util.Currency", "java.util.regex.Pattern")) {
            scalars.put(text, Scalar.of("string"));
        }
        scalars.put("java.lang.Boolean", Scalar.of("boolean"));
        scalars.put("java.lang.Byte", new Scalar("integer", "int32"));
        scalars.put("java.lang.Short", new Scalar("integer", "int32"));
        scalars.put("java.lang.Integer", new Scalar("integer", "int32"));
        scalars.put("java.lang.Long", new Scalar("integer", "int64"));
        scalars.put("java.util.OptionalInt", new Scalar("integer", "int32"));
        scalars.put("java.util.OptionalLong", new Scalar("integer", "int64"));
        scalars.put("java.lang.Float", new Scalar("number", "float"));
        scalars.put("java.lang.Double", new Scalar("number", "double"));
        scalars.put("java.util.OptionalDouble", new Scalar("number", "double"));
        scalars.put("java.lang.Number", Scalar.of("number"));
        scalars.put("java.math.BigDecimal", Scalar.of("number"));
        scalars.put("java.math.BigInteger", Scalar.of("integer"));
        scalars.put("java.util.UUID", new Scalar("string", "uuid"));
        scalars.put("java.net.URI", new Scalar("string", "uri"));
        scalars.put("java.net.URL", new Scalar("string", "uri"));
        for (String dateTime : List.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
                "java.util.Date", "java.util.Calendar")) {
            scalars.put(dateTime, new Scalar("string", "date-time"));
        }
        // RFC 3339's date-time and time have an offset; a local one has none, so no format describes it.
        scalars.put("java.time.LocalDateTime", Scalar.of("string"));
        scalars.put("java.time.LocalDate", new Scalar("string", "date"));
        scalars.put("java.time.LocalTime", Scalar.of("string"));
        scalars.put("java.time.OffsetTime", new Scalar("string", "time"));
        scalars.put("java.time.Duration", new Scalar("string", "duration"));
        scalars.put("java.time.Year", new Scalar("integer", "int32"));
        return Map.copyOf(scalars);
    }
}
