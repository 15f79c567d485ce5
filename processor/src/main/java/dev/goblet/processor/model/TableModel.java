package dev.goblet.processor.model;

import java.util.List;

/**
 * A DynamoDB table an app declares with {@code @DynamoDbTable}: the template creates it and lets only the app's
 * function use it, unless a stage names a table made elsewhere.
 *
 * @param resource the table's logical id in the template
 * @param partitionKey the partition key attribute
 * @param partitionKeyType the key's DynamoDB type: S, N or B
 * @param environmentVariable the variable that carries the table's name to the code
 * @param sortKey the sort key attribute, or empty for none
 * @param sortKeyType the sort key's DynamoDB type
 * @param stream the stream's view type, or empty for no stream
 * @param deletionPolicy {@code Retain}, {@code Snapshot} or {@code Delete}
 * @param actions the item actions its functions may take, {@code dynamodb:GetItem} and so on
 * @param functions the names of the functions that may use it; empty for every function of the app
 */
public record TableModel(String resource, String partitionKey, String partitionKeyType, String environmentVariable,
        String sortKey, String sortKeyType, String stream, String deletionPolicy, List<String> actions,
        List<String> functions) {
    public TableModel {
        actions = List.copyOf(actions);
        functions = List.copyOf(functions);
    }

    /** A table with a partition key only, no stream, kept when the stack is deleted, open to every item action. */
    public TableModel(String resource, String partitionKey, String partitionKeyType, String environmentVariable) {
        this(resource, partitionKey, partitionKeyType, environmentVariable, "", "S", "", "Retain",
                PolicyStatement.TABLE_ITEM_ACTIONS, List.of());
    }

    public boolean hasStream() {
        return !stream.isEmpty();
    }
}
