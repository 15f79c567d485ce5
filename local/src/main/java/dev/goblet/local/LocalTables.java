package dev.goblet.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * The app's {@code @DynamoDbTable}s on a DynamoDB API on this machine (dynalite, DynamoDB Local): {@code --dynamodb
 * <url>} creates each one that is absent, as the template would in AWS, and points the app at them through its
 * environment, as Lambda would: each table's variable holds its name, and the AWS SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB} the endpoint.
 */
final class LocalTables {
    /** Also set, for apps that read the endpoint themselves, as the users service does. */
    static final String ENDPOINT_VARIABLE = "DYNAMODB_ENDPOINT";
    static final String SDK_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_DYNAMODB";
    private static final String DEFAULT_REGION = "us-east-1";

    /** A table as the processor lists it beside the handler. */
    record Table(String resource, String environmentVariable, String partitionKey, String partitionKeyType,
            String sortKey, String sortKeyType, String stream) {}

    private LocalTables() {}

    /**
     * Creates the tables absent at {@code endpoint} and returns the variables the app needs to use them. A table's
     * name is its variable's value in {@code environment} (the stage's or the shell's) when there is one, else its
     * logical id, such as {@code UsersTable}. A region and credentials are given when {@code environment} has none:
     * a local DynamoDB API takes any.
     */
    static Map<String, String> prepare(URI endpoint, List<Table> tables, Map<String, String> environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(SDK_ENDPOINT_VARIABLE, endpoint.toString());
        variables.put(ENDPOINT_VARIABLE, endpoint.toString());
        String region = environment.getOrDefault("AWS_REGION", DEFAULT_REGION);
        variables.put("AWS_REGION", region);
        if (!environment.containsKey("AWS_ACCESS_KEY_ID")) {
            variables.put("AWS_ACCESS_KEY_ID", "local");
            variables.put("AWS_SECRET_ACCESS_KEY", "local");
        }
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        environment.getOrDefault("AWS_ACCESS_KEY_ID", "local"),
                        environment.getOrDefault("AWS_SECRET_ACCESS_KEY", "local"))))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            for (Table table : tables) {
                String name = environment.getOrDefault(table.environmentVariable(), table.resource());
                createIfAbsent(client, table, name);
                variables.put(table.environmentVariable(), name);
            }
        }
        return variables;
    }

    private static void createIfAbsent(DynamoDbClient client, Table table, String name) {
        List<KeySchemaElement> keys = new ArrayList<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(table.partitionKey()).keyType(KeyType.HASH).build());
        attributes.add(AttributeDefinition.builder().attributeName(table.partitionKey())
                .attributeType(table.partitionKeyType()).build());
        if (!table.sortKey().isEmpty()) {
            keys.add(KeySchemaElement.builder().attributeName(table.sortKey()).keyType(KeyType.RANGE).build());
            attributes.add(AttributeDefinition.builder().attributeName(table.sortKey())
                    .attributeType(table.sortKeyType()).build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name).keySchema(keys)
                .attributeDefinitions(attributes).billingMode(BillingMode.PAY_PER_REQUEST);
        if (!table.stream().isEmpty()) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType(table.stream()).build());
        }
        try {
            client.createTable(request.build());
            client.waiter().waitUntilTableExists(builder -> builder.tableName(name));
        } catch (ResourceInUseException exists) {
            // Created by an earlier run against the same server: its items stay.
        }
    }
}
