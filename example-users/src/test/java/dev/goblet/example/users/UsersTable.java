package dev.goblet.example.users;

import dev.goblet.testing.Dynalite;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The users table as the walkthrough's CDK stack defines it (partition key {@code username}, a string), created
 * on a local server. In AWS the stack creates it; the service never does.
 */
public final class UsersTable {
    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(10);

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
        awaitActive(client, name);
    }

    /** The SDK's waiter polls every 20 s; a local server is ready in milliseconds. */
    private static void awaitActive(DynamoDbClient client, String name) {
        long deadline = System.nanoTime() + ACTIVE_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.describeTable(d -> d.tableName(name)).table().tableStatus() == TableStatus.ACTIVE) {
                    return;
                }
            } catch (ResourceNotFoundException notYet) {
                // Creation not visible yet.
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table " + name, e);
            }
        }
        throw new IllegalStateException("Table " + name + " was not active within " + ACTIVE_WITHIN.toSeconds() + " s");
    }
}
