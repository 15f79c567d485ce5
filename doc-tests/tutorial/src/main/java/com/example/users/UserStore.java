package com.example.users;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Users in a DynamoDB table whose partition key is the string {@code username}. */
public final class UserStore {
    private final DynamoDbClient dynamodb;
    private final String table;

    public UserStore(DynamoDbClient dynamodb, String table) {
        this.dynamodb = dynamodb;
        this.table = table;
    }

    /**
     * The store the environment describes: the table named by {@code DYNAMODB_TABLE_NAME} and, when
     * {@code DYNAMODB_ENDPOINT} is set, the DynamoDB API at that address instead of AWS's.
     */
    public static UserStore fromEnvironment(Map<String, String> environment) {
        String table = environment.get("DYNAMODB_TABLE_NAME");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("Set DYNAMODB_TABLE_NAME to the name of the users table");
        }
        DynamoDbClientBuilder client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = environment.get("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            // A DynamoDB API on this machine, such as dynalite: it takes any region and credentials.
            var anyCredentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
            client.endpointOverride(URI.create(endpoint))
                    .region(Region.of(environment.getOrDefault("AWS_REGION", "us-east-1")))
                    .credentialsProvider(anyCredentials);
        }
        // Otherwise the SDK's defaults: AWS's endpoint in the region of AWS_REGION (Lambda sets it) or your AWS
        // config, with the function role's credentials in Lambda and your own elsewhere.
        return new UserStore(client.build(), table);
    }

    /** Stores a new user; false when the username is taken. DynamoDB checks that in the write itself. */
    public boolean create(User user) {
        try {
            dynamodb.putItem(put -> put.tableName(table)
                    .item(Map.of("username", AttributeValue.fromS(user.username()),
                            "email", AttributeValue.fromS(user.email())))
                    .conditionExpression("attribute_not_exists(username)"));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /** The user of that name, read with strong consistency: a write that answered is seen here. */
    public Optional<User> find(String username) {
        Map<String, AttributeValue> item = dynamodb.getItem(get -> get.tableName(table)
                .key(key(username)).consistentRead(true)).item();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new User(item.get("username").s(), item.get("email").s()));
    }

    /** Deletes the user; false when there was none. */
    public boolean delete(String username) {
        try {
            dynamodb.deleteItem(delete -> delete.tableName(table).key(key(username))
                    .conditionExpression("attribute_exists(username)"));
            return true;
        } catch (ConditionalCheckFailedException absent) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String username) {
        return Map.of("username", AttributeValue.fromS(username));
    }
}
