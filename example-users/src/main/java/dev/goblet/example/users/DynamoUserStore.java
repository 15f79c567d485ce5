package dev.goblet.example.users;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Users in a DynamoDB table whose partition key is the string {@code username}, the table of the walkthrough.
 *
 * <p>Each operation is one request, and each write carries its own condition ({@code attribute_not_exists} to
 * create, {@code attribute_exists} to update or delete), so DynamoDB, not this class, decides races: of concurrent
 * creates of one username exactly one succeeds, and an update never brings back a deleted user.
 */
public final class DynamoUserStore implements UserStore, AutoCloseable {
    /** Environment variable holding the table's name, as in the walkthrough. */
    public static final String TABLE_NAME_VARIABLE = "DYNAMODB_TABLE_NAME";
    /** Environment variable holding an endpoint to use instead of AWS's, such as a local dynalite. */
    public static final String ENDPOINT_VARIABLE = "DYNAMODB_ENDPOINT";
    /** The region used when neither {@code AWS_REGION} nor {@code AWS_DEFAULT_REGION} is set, as on a laptop. */
    public static final Region LOCAL_DEFAULT_REGION = Region.US_EAST_1;

    private static final String KEY = "username";
    private static final String EXISTS = "attribute_exists(" + KEY + ")";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoUserStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    /**
     * A store configured the twelve-factor way, from {@code environment}: the table from
     * {@value #TABLE_NAME_VARIABLE}, the region from {@code AWS_REGION}, and, when {@value #ENDPOINT_VARIABLE} is
     * set, that endpoint with placeholder credentials (a local server checks none).
     */
    public static DynamoUserStore fromEnvironment(Map<String, String> environment) {
        String table = environment.get(TABLE_NAME_VARIABLE);
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("Set " + TABLE_NAME_VARIABLE + " to the name of the users table");
        }
        return new DynamoUserStore(client(environment), table);
    }

    /**
     * A client over the JDK's HTTP client: it loads far less than Netty or Apache's on a cold start, and a
     * Lambda container serves one request at a time, so it needs no connection pool to speak of.
     */
    static DynamoDbClient client(Map<String, String> environment) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region(environment));
        String endpoint = environment.get(ENDPOINT_VARIABLE);
        AwsCredentialsProvider credentials;
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
            credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        } else {
            credentials = DefaultCredentialsProvider.builder().build();
        }
        return builder.credentialsProvider(credentials).build();
    }

    static Region region(Map<String, String> environment) {
        for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Region.of(value);
            }
        }
        return LOCAL_DEFAULT_REGION;
    }

    /** The client this store sends its requests with. */
    public DynamoDbClient client() {
        return client;
    }

    /** The table this store reads and writes. */
    public String tableName() {
        return tableName;
    }

    /** Closes the client; a Lambda container never needs to, tools and tests that start several stores do. */
    @Override
    public void close() {
        client.close();
    }

    @Override
    public boolean create(User user) {
        try {
            client.putItem(put -> put.tableName(tableName)
                    .item(item(user))
                    .conditionExpression("attribute_not_exists(" + KEY + ")"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<User> find(String username) {
        GetItemResponse response = client.getItem(get -> get.tableName(tableName).key(key(username))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(user(response.item()))
                : Optional.empty();
    }

    @Override
    public Optional<User> update(String username, UserChanges changes) {
        List<String> assignments = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        set("email", changes.email(), assignments, names, values);
        set("displayName", changes.displayName(), assignments, names, values);
        if (assignments.isEmpty()) {
            return find(username);
        }
        try {
            UpdateItemResponse response = client.updateItem(update -> update.tableName(tableName)
                    .key(key(username))
                    .updateExpression("SET " + String.join(", ", assignments))
                    .conditionExpression(EXISTS)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(user(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    private static void set(String attribute, String value, List<String> assignments, Map<String, String> names,
            Map<String, AttributeValue> values) {
        if (value != null) {
            assignments.add("#" + attribute + " = :" + attribute);
            names.put("#" + attribute, attribute);
            values.put(":" + attribute, AttributeValue.fromS(value));
        }
    }

    @Override
    public boolean delete(String username) {
        try {
            client.deleteItem(delete -> delete.tableName(tableName).key(key(username)).conditionExpression(EXISTS));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Page list(int limit, String startAfter) {
        ScanRequest.Builder scan = ScanRequest.builder().tableName(tableName).limit(limit).consistentRead(true);
        if (startAfter != null) {
            scan.exclusiveStartKey(key(startAfter));
        }
        ScanResponse response = client.scan(scan.build());
        List<User> users = response.items().stream().map(DynamoUserStore::user).toList();
        String last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey().get(KEY).s()
                : null;
        return new Page(users, last);
    }

    /** Counts with {@code Select: COUNT}, a page of a megabyte at a time: no item comes back over the wire. */
    @Override
    public long count() {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(tableName).select(Select.COUNT);
            if (start != null) {
                scan.exclusiveStartKey(start);
            }
            ScanResponse response = client.scan(scan.build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static Map<String, AttributeValue> key(String username) {
        return Map.of(KEY, AttributeValue.fromS(username));
    }

    private static Map<String, AttributeValue> item(User user) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, AttributeValue.fromS(user.username()));
        item.put("email", AttributeValue.fromS(user.email()));
        if (user.displayName() != null) {
            item.put("displayName", AttributeValue.fromS(user.displayName()));
        }
        return item;
    }

    private static User user(Map<String, AttributeValue> item) {
        return new User(string(item, KEY), string(item, "email"), string(item, "displayName"));
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
