package dev.goblet.processor.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.validation.ErrorMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads Chalice's {@code .chalice/config.json} into a {@link ProjectConfig} for the functions of the build's apps:
 * parses the file, checks every key ({@link ConfigKeys}), and only a clean file is resolved ({@link Precedence}).
 * Errors and warnings name the key by its path in the file and the file.
 */
public final class StageConfigReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** What the reader found: the config when the file is clean, and every error and warning. */
    public record Result(Optional<ProjectConfig> config, List<String> errors, List<String> warnings) {}

    private StageConfigReader() {}

    /** Reads and checks the file, then resolves the top-level settings and each stage's, for every function. */
    public static Result read(Path file, BuildFunctions functions) {
        ConfigProblems problems = new ConfigProblems(file.toString());
        Optional<ObjectNode> top = parse(file, problems);
        top.ifPresent(root -> new ConfigKeys(problems, functions).check(root));
        ProjectConfig config = null;
        if (!problems.hasErrors()) {
            config = new Precedence(file, top.orElseThrow(), functions.names(), problems).resolve();
        }
        return new Result(problems.hasErrors() ? Optional.empty() : Optional.of(config), problems.errors(),
                problems.warnings());
    }

    private static Optional<ObjectNode> parse(Path file, ConfigProblems problems) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            problems.error(ErrorMessages.configUnreadable(problems.fileName(), e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(ErrorMessages.configUnreadable(problems.fileName(), String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.error(ErrorMessages.configUnreadable(problems.fileName(), "the file must hold one JSON object"));
            return Optional.empty();
        }
        return Optional.of((ObjectNode) root);
    }
}
