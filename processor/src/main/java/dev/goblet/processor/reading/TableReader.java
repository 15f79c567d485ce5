package dev.goblet.processor.reading;

import dev.goblet.DynamoDbTable;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** Reads the tables an app declares with {@code @DynamoDbTable}, once or repeated, in declared order. */
final class TableReader {
    private TableReader() {}

    static List<TableModel> read(TypeElement type) {
        List<TableModel> tables = new ArrayList<>();
        for (DynamoDbTable table : type.getAnnotationsByType(DynamoDbTable.class)) {
            tables.add(new TableModel(table.resource(), table.partitionKey(), table.partitionKeyType(),
                    table.environmentVariable(), table.sortKey(), table.sortKeyType(), table.stream(),
                    table.deletionPolicy(), actions(table), List.of(table.functions())));
        }
        return tables;
    }

    /** The actions named, as IAM names them; none named is every item action. */
    private static List<String> actions(DynamoDbTable table) {
        if (table.actions().length == 0) {
            return PolicyStatement.TABLE_ITEM_ACTIONS;
        }
        return Arrays.stream(table.actions()).map(action -> "dynamodb:" + action).distinct().toList();
    }
}
