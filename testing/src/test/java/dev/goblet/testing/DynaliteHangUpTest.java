package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * dynalite 4.0.0 on its own dies when a client hangs up mid-request, and its in-memory tables with it; the
 * launcher {@link Dynalite} runs (the repository's {@code scripts/dynalite.js}) keeps it serving. Its own dynalite,
 * so that a regression fails here instead of every later test; the extension only skips it when dynalite is missing.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteHangUpTest {
    @Test
    void survivesClientsThatHangUpMidRequestAndKeepsItsData() throws Exception {
        try (Dynalite dynalite = Dynalite.start(); DynamoDbClient client = dynalite.client()) {
            createUsersTable(client);
            client.putItem(put -> put.tableName("users").item(item("ana")));

            for (int i = 0; i < 3; i++) {
                hangUpMidRequest(dynalite.endpoint().getPort());
            }
            Thread.sleep(300);
            client.putItem(put -> put.tableName("users").item(item("bob")));

            assertThat(dynalite.isRunning()).isTrue();
            assertThat(client.getItem(get -> get.tableName("users").key(key("ana"))).item()).isEqualTo(item("ana"));
            assertThat(client.getItem(get -> get.tableName("users").key(key("bob"))).item()).isEqualTo(item("bob"));
        }
    }

    private static void createUsersTable(DynamoDbClient client) {
        client.createTable(create -> create.tableName("users")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("username")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("username").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        Dynalite.awaitActive(client, "users");
    }

    /** Sends the headers and a part of the body a Content-Length announces, then closes the connection. */
    private static void hangUpMidRequest(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/x-amz-json-1.0"
                    + "\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 100\r\n\r\n{\"Lim")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    private static Map<String, AttributeValue> key(String username) {
        return Map.of("username", AttributeValue.fromS(username));
    }

    private static Map<String, AttributeValue> item(String username) {
        return Map.of("username", AttributeValue.fromS(username), "email",
                AttributeValue.fromS(username + "@example.com"));
    }
}
