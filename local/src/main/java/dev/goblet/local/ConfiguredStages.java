package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.function.AppResources;
import dev.goblet.testing.BinaryMediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of the app's {@code .chalice/config.json}, as the processor left them beside the generated handler
 * ({@code <handler>.stages.json}): {@code --stage dev} gets the variables stage {@code dev} has in Lambda; a stage
 * the file does not name gets the top-level ones.
 */
final class ConfiguredStages implements StageConfig {
    private final JsonNode stages;

    private ConfiguredStages(JsonNode stages) {
        this.stages = stages;
    }

    /** The handler's stages, or {@link StageConfig#NONE} when the app was built without a stage config. */
    static StageConfig load(ClassLoader loader, String handlerClass) {
        String resource = AppResources.stages(handlerClass);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? NONE : new ConfiguredStages(GatewayAnswer.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public Map<String, String> environment(String stage) {
        JsonNode configured = stages.path("stages").path(stage);
        JsonNode variables = configured.isMissingNode() ? stages.path("environment") : configured.path("environment");
        Map<String, String> environment = new LinkedHashMap<>();
        variables.fields().forEachRemaining(field -> environment.put(field.getKey(), field.getValue().asText()));
        return environment;
    }

    @Override
    public ApiKind api(String stage) {
        JsonNode configured = stages.path("stages").path(stage);
        // A file written before api_type was kept has none: a REST API, as every app was then.
        String type = (configured.isMissingNode() ? stages : configured).path("apiType").asText("REST");
        return ApiKind.parse(type);
    }

    @Override
    public BinaryMediaTypes binaryMediaTypes() {
        JsonNode types = stages.path("binaryMediaTypes");
        if (!types.isArray()) {
            // Written before the list was kept: the template had Chalice's.
            return BinaryMediaTypes.CHALICE;
        }
        List<String> list = new ArrayList<>();
        types.forEach(type -> list.add(type.asText()));
        return new BinaryMediaTypes(list);
    }

    /** The app's name, which its function index is found by; empty for a file written before it was kept. */
    String appName() {
        return stages.path("app").asText("");
    }

    @Override
    public List<LocalTables.Table> tables() {
        List<LocalTables.Table> tables = new ArrayList<>();
        for (JsonNode table : stages.path("tables")) {
            tables.add(new LocalTables.Table(table.path("resource").asText(),
                    table.path("environmentVariable").asText(), table.path("partitionKey").asText(),
                    table.path("partitionKeyType").asText("S"), table.path("sortKey").asText(""),
                    table.path("sortKeyType").asText("S"), table.path("stream").asText("")));
        }
        return tables;
    }
}
