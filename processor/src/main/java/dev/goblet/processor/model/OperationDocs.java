package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * How a route is documented, from its Javadoc and, where present, swagger's {@code @Operation} and {@code @Tag}.
 *
 * @param summary one line: the Javadoc's first sentence or {@code @Operation(summary)}
 * @param description the rest of the Javadoc or {@code @Operation(description)}
 * @param operationId the operation id, the method's name unless {@code @Operation(operationId)} gives one
 * @param tags the operation's tags
 * @param returns what the answer holds, from {@code @return}
 * @param deprecated whether the route is deprecated ({@code @Deprecated} or {@code @Operation(deprecated)})
 * @param hidden whether {@code @Operation(hidden = true)} keeps it out of the document
 */
public record OperationDocs(
        Optional<String> summary,
        Optional<String> description,
        String operationId,
        List<String> tags,
        Optional<String> returns,
        boolean deprecated,
        boolean hidden) {

    public OperationDocs {
        tags = List.copyOf(tags);
    }

    public static OperationDocs named(String operationId) {
        return new OperationDocs(Optional.empty(), Optional.empty(), operationId, List.of(), Optional.empty(),
                false, false);
    }
}
