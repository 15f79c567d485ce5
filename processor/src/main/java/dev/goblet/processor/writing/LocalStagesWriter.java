package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.AppResources;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import java.io.IOException;
import java.util.Map;

/**
 * Writes what the local server needs of the stage config, beside the generated handler's class:
 * {@code <handler>.stages.json} holds each stage's environment variables, so that {@code --stage dev} runs the app
 * with the variables it has in Lambda. Values left open until deploy time ({@code ${param:...}}) are left out: the
 * developer's own environment gives them.
 */
public final class LocalStagesWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalStagesWriter() {}

    /** The resource's path: the handler's class name as a path, with {@code .stages.json}. */
    public static String resourceName(AppModel app) {
        return AppResources.stages(app.handlerClass().canonicalName());
    }

    public static void write(AppModel app, ProjectConfig config, OutputDirectory output) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("environment", environment(config.base()));
        ObjectNode stages = root.putObject("stages");
        config.stages().forEach((name, stage) -> stages.putObject(name).set("environment", environment(stage)));
        output.writeClassResource(resourceName(app), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode environment(StageConfig stage) {
        ObjectNode variables = JSON.createObjectNode();
        for (Map.Entry<String, ConfigValue> variable : stage.environment().entrySet()) {
            if (variable.getValue().parameters().isEmpty()) {
                variables.put(variable.getKey(), variable.getValue().text());
            }
        }
        return variables;
    }
}
