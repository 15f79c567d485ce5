package dev.goblet.processor.model;

import java.util.Optional;

/**
 * One Jakarta Bean Validation constraint on a body property or a route parameter, as its annotation gives it. The
 * generated code enforces it and the OpenAPI schema states it, so that the document and the 400s agree.
 *
 * @param kind which constraint
 * @param min the lower bound: {@code @Size(min)} or {@code @Min}; 0 where unused
 * @param max the upper bound: {@code @Size(max)} or {@code @Max}; {@link Integer#MAX_VALUE} for {@code @Size}
 *     without one
 * @param regexp {@code @Pattern}'s expression; empty otherwise
 * @param message the annotation's own {@code message}, when it is not Bean Validation's default template
 */
public record ConstraintModel(Kind kind, long min, long max, String regexp, Optional<String> message) {

    /** The constraints Goblet reads, by their simple names in {@code jakarta.validation.constraints}. */
    public enum Kind {
        NOT_NULL("NotNull"),
        NOT_BLANK("NotBlank"),
        NOT_EMPTY("NotEmpty"),
        SIZE("Size"),
        PATTERN("Pattern"),
        EMAIL("Email"),
        MIN("Min"),
        MAX("Max"),
        POSITIVE("Positive"),
        POSITIVE_OR_ZERO("PositiveOrZero"),
        NEGATIVE("Negative"),
        NEGATIVE_OR_ZERO("NegativeOrZero");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** The annotation's simple name. */
        public String annotation() {
            return annotation;
        }

        /** Whether it applies to text: the kinds a {@code String} takes beyond {@code @NotNull}. */
        public boolean onText() {
            return this == NOT_BLANK || this == PATTERN || this == EMAIL;
        }

        /** Whether it applies to whole numbers only. */
        public boolean onNumbers() {
            return this == MIN || this == MAX || this == POSITIVE || this == POSITIVE_OR_ZERO || this == NEGATIVE
                    || this == NEGATIVE_OR_ZERO;
        }
    }

    /** What a value breaking the constraint must be instead, as the 400's message says it. */
    public String rule(boolean text) {
        if (message.isPresent()) {
            return message.get();
        }
        String unit = text ? " characters" : " items";
        return switch (kind) {
            case NOT_NULL -> "must not be null";
            case NOT_BLANK -> "must not be blank";
            case NOT_EMPTY -> "must not be empty";
            case SIZE -> max == Integer.MAX_VALUE ? "must have at least " + min + unit
                    : min == 0 ? "must have at most " + max + unit
                    : min == max ? "must have exactly " + min + unit
                    : "must have " + min + " to " + max + unit;
            case PATTERN -> "must match " + regexp;
            case EMAIL -> "must be an email address";
            case MIN -> "must be at least " + min;
            case MAX -> "must be at most " + max;
            case POSITIVE -> "must be greater than 0";
            case POSITIVE_OR_ZERO -> "must be 0 or more";
            case NEGATIVE -> "must be less than 0";
            case NEGATIVE_OR_ZERO -> "must be 0 or less";
        };
    }
}
