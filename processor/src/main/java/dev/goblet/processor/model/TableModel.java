package dev.goblet.processor.model;

/**
 * A DynamoDB table an app declares with {@code @DynamoDbTable}: the template creates it and lets only the app's
 * function use it, unless a stage names a table made elsewhere.
 *
 * @param resource the table's logical id in the template
 * @param partitionKey the partition key attribute
 * @param partitionKeyType the key's DynamoDB type: S, N or B
 * @param environmentVariable the variable that carries the table's name to the code
 */
public record TableModel(String resource, String partitionKey, String partitionKeyType, String environmentVariable) {}
