package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * dynalite 4.0.0 on its own dies when a client hangs up mid-request, and its in-memory tables with it; the
 * launcher the tests and {@code scripts/run.sh} use keeps it serving. Its own dynalite, so that a regression
 * fails here instead of every later test.
 */
class DynaliteHangUpTest {
    @Test
    void survivesClientsThatHangUpMidRequestAndKeepsItsData() throws Exception {
        try (Dynalite dynalite = Dynalite.start(); DynamoDbClient client = dynalite.client()) {
            UsersTable.createIfAbsent(client, "users");
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
