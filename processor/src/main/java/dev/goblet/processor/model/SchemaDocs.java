package dev.goblet.processor.model;

import java.util.Optional;

/**
 * What a user wrote to document a value, from Javadoc or the swagger annotations ({@code @Schema},
 * {@code @Parameter}).
 *
 * @param description the description
 * @param example an example value, as written
 * @param format a format that replaces the one the type implies
 * @param deprecated whether the value is deprecated
 */
public record SchemaDocs(Optional<String> description, Optional<String> example, Optional<String> format,
        boolean deprecated) {
    public static final SchemaDocs NONE = new SchemaDocs(Optional.empty(), Optional.empty(), Optional.empty(), false);

    public static SchemaDocs described(Optional<String> description) {
        return new SchemaDocs(description, Optional.empty(), Optional.empty(), false);
    }

    public SchemaDocs orDescription(Optional<String> fallback) {
        return description.isPresent() ? this : new SchemaDocs(fallback, example, format, deprecated);
    }
}
