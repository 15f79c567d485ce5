package dev.goblet.processor.writing.sam;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the template's {@code CodeUri} points: the Lambda zip that {@code mvn package} builds as
 * {@code target/lambda.zip} (see docs/deploy.md for the assembly snippet), written relative to the template so that
 * {@code sam deploy --template-file target/goblet/sam.yaml} finds it from any folder. The option
 * {@code goblet.codeUri} sets the text as it is, for artifacts built some other way.
 */
public final class LambdaArtifact {
    public static final String OPTION = "goblet.codeUri";
    /** The artifact's name in the build folder. */
    public static final String FILE_NAME = "lambda.zip";

    private LambdaArtifact() {}

    /** The {@code CodeUri} for templates in {@code templates}, with the build folder when it is known. */
    public static Optional<String> codeUri(Map<String, String> options, Optional<Path> buildDirectory,
            Optional<Path> templates) {
        String configured = options.get(OPTION);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        return buildDirectory.flatMap(build -> templates.map(folder -> folder.toAbsolutePath().normalize()
                .relativize(build.toAbsolutePath().normalize().resolve(FILE_NAME))
                .toString().replace('\\', '/')));
    }
}
