package dev.goblet.processor.writing.sam;

import dev.goblet.processor.GobletOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the template's {@code CodeUri} points: the Lambda zip that {@code mvn package} builds as
 * {@code target/lambda.zip} (see docs/deploy.md for the assembly snippet), written relative to the template so that
 * {@code sam deploy --template-file target/goblet/sam.yaml} finds it from any folder. The option
 * {@code goblet.codeUri} sets the text as it is, for artifacts built some other way.
 */
public final class LambdaArtifact {
    /** The artifact's name in the build folder. */
    public static final String FILE_NAME = "lambda.zip";

    private LambdaArtifact() {}

    /**
     * The {@code CodeUri} for templates in the folder {@code appFolder} of the output folder.
     *
     * @param buildDirectory the build folder ({@code target}), when the class output is on disk
     * @param outputDirectory the output folder on disk, when documents are written there
     * @param appFolder the app's folder in the output folder, empty or ending in {@code /}
     */
    public static String codeUri(GobletOptions options, Optional<Path> buildDirectory, Optional<Path> outputDirectory,
            String appFolder) {
        if (options.codeUri().isPresent()) {
            return options.codeUri().get();
        }
        Optional<Path> templates = outputDirectory.map(folder -> folder.resolve(appFolder));
        return buildDirectory.flatMap(build -> templates.map(folder -> folder.toAbsolutePath().normalize()
                        .relativize(build.toAbsolutePath().normalize().resolve(FILE_NAME))
                        .toString().replace('\\', '/')))
                // Without a folder on disk, the templates are taken to lie in target/goblet/ (and an app's folder).
                .orElse("../" + "../".repeat(appFolder.isEmpty() ? 0 : 1) + FILE_NAME);
    }
}
