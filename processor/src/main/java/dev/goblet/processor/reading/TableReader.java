package dev.goblet.processor.reading;

import dev.goblet.DynamoDbTable;
import dev.goblet.processor.model.TableModel;
import java.util.ArrayList;
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
                    table.deletionPolicy()));
        }
        return tables;
    }
}
