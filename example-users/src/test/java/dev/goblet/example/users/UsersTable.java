package dev.goblet.example.users;

import dev.goblet.testing.Dynalite;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The users table as the walkthrough's CDK stack defines it (partition key {@code username}, a string), created
 * on a local server. In AWS the stack creates it; the service never does.
 */
public final class UsersTable {
    private UsersTable() {}

    /** The environment the users service needs to use {@code table} on {@code dynalite}, as Lambda would give it. */
    public static Map<String, String> environment(Dynalite dynalite, String table) {
        return Map.of(DynamoUserStore.TABLE_NAME_VARIABLE, table,
                DynamoUserStore.ENDPOINT_VARIABLE, dynalite.endpoint().toString(),
                "AWS_REGION", "us-east-1");
    }

    /** Creates the table unless it exists, and returns once it is active. */
    public static void createIfAbsent(DynamoDbClient client, String name) {
        try {
            client.createTable(create -> create.tableName(name)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("username")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("username").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        } catch (ResourceInUseException exists) {
            // Created earlier, by us or by someone else: either way it is there.
        }
        Dynalite.awaitActive(client, name);
    }
}
