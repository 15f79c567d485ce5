package dev.goblet.processor.writing.openapi;

import dev.goblet.processor.model.ConstraintModel;
import dev.goblet.processor.model.ConstraintModel.Kind;
import dev.goblet.processor.model.TypeShape;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * States Bean Validation constraints in a schema with OpenAPI 3.0's keywords, so that a client, API Gateway's
 * request validator and the generated checks agree: {@code @Size} is {@code minLength}/{@code maxLength} on text and
 * {@code minItems}/{@code maxItems} on arrays, {@code @Pattern} a {@code pattern} anchored at both ends (Java's
 * {@code matches()} takes the whole text, JSON Schema's {@code pattern} any part), {@code @Min} a {@code minimum},
 * {@code @Positive} an exclusive minimum of 0, {@code @Email} the {@code email} format.
 */
final class ConstraintSchemas {
    private ConstraintSchemas() {}

    @SuppressWarnings("rawtypes")
    static void apply(Schema schema, TypeShape shape, List<ConstraintModel> constraints) {
        boolean array = shape instanceof TypeShape.ArrayOf;
        boolean map = shape instanceof TypeShape.MapOf;
        for (ConstraintModel constraint : constraints) {
            switch (constraint.kind()) {
                case NOT_BLANK -> {
                    atLeast(schema, 1);
                    if (schema.getPattern() == null) {
                        schema.setPattern("\\S");
                    }
                }
                case NOT_EMPTY -> sized(schema, array, map, 1, Integer.MAX_VALUE);
                case SIZE -> sized(schema, array, map, constraint.min(), constraint.max());
                case PATTERN -> schema.setPattern(anchored(constraint.regexp()));
                case EMAIL -> schema.setFormat("email");
                case MIN -> schema.setMinimum(BigDecimal.valueOf(constraint.min()));
                case MAX -> schema.setMaximum(BigDecimal.valueOf(constraint.max()));
                case POSITIVE -> exclusive(schema, true);
                case POSITIVE_OR_ZERO -> schema.setMinimum(BigDecimal.ZERO);
                case NEGATIVE -> exclusive(schema, false);
                case NEGATIVE_OR_ZERO -> schema.setMaximum(BigDecimal.ZERO);
                default -> { }
            }
        }
    }

    /** Whether the property must be present: {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} say so. */
    static boolean requires(List<ConstraintModel> constraints) {
        return constraints.stream().anyMatch(c -> c.kind() == Kind.NOT_NULL || c.kind() == Kind.NOT_BLANK
                || c.kind() == Kind.NOT_EMPTY);
    }

    /** Bounds that only narrow: {@code @NotEmpty} and {@code @Size(max = 5)} together keep both. */
    @SuppressWarnings("rawtypes")
    private static void sized(Schema schema, boolean array, boolean map, long min, long max) {
        Integer low = min > 0 ? (int) min : null;
        Integer high = max < Integer.MAX_VALUE ? (int) max : null;
        if (array) {
            schema.setMinItems(larger(schema.getMinItems(), low));
            schema.setMaxItems(smaller(schema.getMaxItems(), high));
        } else if (map) {
            schema.setMinProperties(larger(schema.getMinProperties(), low));
            schema.setMaxProperties(smaller(schema.getMaxProperties(), high));
        } else {
            schema.setMinLength(larger(schema.getMinLength(), low));
            schema.setMaxLength(smaller(schema.getMaxLength(), high));
        }
    }

    private static Integer larger(Integer current, Integer bound) {
        if (current == null || bound == null) {
            return current == null ? bound : current;
        }
        return Math.max(current, bound);
    }

    private static Integer smaller(Integer current, Integer bound) {
        if (current == null || bound == null) {
            return current == null ? bound : current;
        }
        return Math.min(current, bound);
    }

    @SuppressWarnings("rawtypes")
    private static void atLeast(Schema schema, int length) {
        schema.setMinLength(larger(schema.getMinLength(), length));
    }

    @SuppressWarnings("rawtypes")
    private static void exclusive(Schema schema, boolean above) {
        if (above) {
            schema.setMinimum(BigDecimal.ZERO);
            schema.setExclusiveMinimum(true);
        } else {
            schema.setMaximum(BigDecimal.ZERO);
            schema.setExclusiveMaximum(true);
        }
    }

    private static String anchored(String regexp) {
        return regexp.startsWith("^") && regexp.endsWith("$") ? regexp : "^(?:" + regexp + ")$";
    }
}
