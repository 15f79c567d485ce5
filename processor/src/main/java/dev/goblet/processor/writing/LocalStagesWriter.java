package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.AppResources;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.FunctionConfig;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.BinaryTypes;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.TableModel;
import java.io.IOException;
import java.util.Map;

/**
 * Writes what the local server needs of the stage config, beside each function's generated entry point: {@code
 * <entry-point>.stages.json} holds each stage's environment variables of that function, so that {@code --stage dev}
 * runs it with the variables it has in Lambda, and with the events of the stage's {@code api_type}. Values left open until deploy time ({@code ${param:...}}, {@code
 * ${secret:...}}) are left out: the developer's own environment gives them. It also lists the app's {@code
 * @DynamoDbTable}s, which {@code --dynamodb} creates on a local DynamoDB API.
 */
public final class LocalStagesWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalStagesWriter() {}

    /** The resource's path: the entry point's class name as a path, with {@code .stages.json}. */
    public static String resourceName(FunctionModel function) {
        return AppResources.stages(function.entryPoint().canonicalName());
    }

    public static void write(AppModel app, ProjectConfig config, GeneratedFiles files) throws IOException {
        for (FunctionModel function : app.functions()) {
            files.writeResource(resourceName(function), stages(app, function, config));
        }
    }

    private static String stages(AppModel app, FunctionModel function, ProjectConfig config) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        // The local server finds the app's function index by its name.
        root.put("app", app.name());
        root.set("environment", environment(config.base().function(function.name())));
        // What serves the routes, so that the local server sends the events that API sends (payload 2.0 but REST's).
        root.put("apiType", config.base().api().type().name());
        // By which the local server, as a REST API, base64s request bodies and decodes answers.
        ArrayNode binary = root.putArray("binaryMediaTypes");
        BinaryTypes.of(app).forEach(binary::add);
        ObjectNode stages = root.putObject("stages");
        config.stages().forEach((name, stage) -> stages.putObject(name)
                .put("apiType", stage.api().type().name())
                .set("environment", environment(stage.function(function.name()))));
        ArrayNode tables = root.putArray("tables");
        for (TableModel table : app.tables()) {
            ObjectNode entry = tables.addObject()
                    .put("resource", table.resource())
                    .put("environmentVariable", table.environmentVariable())
                    .put("partitionKey", table.partitionKey())
                    .put("partitionKeyType", table.partitionKeyType());
            if (!table.sortKey().isEmpty()) {
                entry.put("sortKey", table.sortKey()).put("sortKeyType", table.sortKeyType());
            }
            if (table.hasStream()) {
                entry.put("stream", table.stream());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode environment(FunctionConfig function) {
        ObjectNode variables = JSON.createObjectNode();
        for (Map.Entry<String, ConfigValue> variable : function.environment().entrySet()) {
            if (!variable.getValue().deployTime()) {
                variables.put(variable.getKey(), variable.getValue().text());
            }
        }
        return variables;
    }
}
