package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.TableModel;
import java.util.List;

/**
 * The DynamoDB tables an app declares, as one stage sees them: the template creates each, unless a function's
 * config in that stage sets the table's environment variable, which means the table is made elsewhere.
 */
final class TableResources {
    private final AppModel app;
    private final StageConfig stage;

    TableResources(AppModel app, StageConfig stage) {
        this.app = app;
        this.stage = stage;
    }

    /** The declared tables this stage creates. */
    List<TableModel> created() {
        return app.tables().stream().filter(table -> !madeElsewhere(table)).toList();
    }

    private boolean madeElsewhere(TableModel table) {
        return app.functions().stream().map(FunctionModel::name)
                .anyMatch(name -> stage.function(name).environment().containsKey(table.environmentVariable()));
    }

    /**
     * The ARN of the stream of the declared table {@code resource} in this stage: the table's own
     * ({@code Fn::GetAtt <Table>.StreamArn}) when the template makes it; for a table made elsewhere, the template's
     * parameter {@code <Table>StreamArn}, declared in {@code parameters}, since only whoever made the table knows its
     * stream (CDK passes {@code table.getTableStreamArn()}).
     */
    JsonNode streamArn(String resource, TemplateParameters parameters) {
        if (created().stream().anyMatch(table -> table.resource().equals(resource))) {
            return getAtt(resource, "StreamArn");
        }
        ConfigValue parameter = parameters.use(ConfigValue.of("${param:" + resource + "StreamArn}"),
                "the ARN of the stream of " + resource + ", a table this stage takes from elsewhere");
        return TemplateValues.value(parameter);
    }

    void addResources(ObjectNode resources) {
        for (TableModel table : created()) {
            resources.set(table.resource(), table(table));
        }
    }

    /** {@code <Table>Name} for each table the stage creates, so that scripts and stacks can find it. */
    void addOutputs(ObjectNode outputs) {
        for (TableModel table : created()) {
            outputs.putObject(table.resource() + "Name").set("Value", ref(table.resource()));
        }
    }

    private static ObjectNode table(TableModel table) {
        ObjectNode properties = object().put("BillingMode", "PAY_PER_REQUEST");
        ArrayNode attributes = properties.putArray("AttributeDefinitions");
        ArrayNode keys = properties.putArray("KeySchema");
        attributes.addObject().put("AttributeName", table.partitionKey()).put("AttributeType", table.partitionKeyType());
        keys.addObject().put("AttributeName", table.partitionKey()).put("KeyType", "HASH");
        if (!table.sortKey().isEmpty()) {
            attributes.addObject().put("AttributeName", table.sortKey()).put("AttributeType", table.sortKeyType());
            keys.addObject().put("AttributeName", table.sortKey()).put("KeyType", "RANGE");
        }
        if (table.hasStream()) {
            properties.putObject("StreamSpecification").put("StreamViewType", table.stream());
        }
        ObjectNode resource = resource("AWS::DynamoDB::Table", properties);
        // A table holds data: by default it outlives the stack, and a replacement does not drop it.
        resource.put("DeletionPolicy", table.deletionPolicy()).put("UpdateReplacePolicy", table.deletionPolicy());
        return resource;
    }
}
