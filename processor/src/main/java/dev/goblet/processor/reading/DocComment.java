package dev.goblet.processor.reading;

import java.util.Map;
import java.util.Optional;

/**
 * A Javadoc comment as the OpenAPI document shows it, each part plain text with paragraphs as blank lines.
 *
 * @param summary the first sentence
 * @param body the main description after the first sentence
 * @param description the whole main description: the summary and the body as written
 * @param params the {@code @param} texts by parameter name
 * @param returns the {@code @return} text
 * @param throwsBySimpleName the {@code @throws} texts by the exception's simple name
 */
record DocComment(Optional<String> summary, Optional<String> body, Optional<String> description,
        Map<String, String> params, Optional<String> returns, Map<String, String> throwsBySimpleName) {
    static final DocComment EMPTY = new DocComment(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
            Optional.empty(), Map.of());

    DocComment {
        params = Map.copyOf(params);
        throwsBySimpleName = Map.copyOf(throwsBySimpleName);
    }

    boolean isEmpty() {
        return equals(EMPTY);
    }
}
