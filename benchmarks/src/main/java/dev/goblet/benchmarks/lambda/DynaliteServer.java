package dev.goblet.benchmarks.lambda;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * dynalite, the DynamoDB-API server of the project's tests, run in memory on a free port of 127.0.0.1 with the
 * users table of the walkthrough (partition key {@code username}), for the end-to-end figures.
 */
final class DynaliteServer implements AutoCloseable {
    static final String TABLE = "users-bench";

    private final Process process;
    private final int port;

    private DynaliteServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code node <cli>} and creates the table; {@code cli} is {@code node_modules/dynalite/cli.js}. */
    static DynaliteServer start(Path cli, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        DynaliteServer server = new DynaliteServer(process, port);
        server.awaitPort();
        try (DynamoDbClient client = server.client()) {
            client.createTable(create -> create.tableName(TABLE)
                    .attributeDefinitions(a -> a.attributeName("username").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("username").keyType(KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        }
        return server;
    }

    /** The environment the users service and the baseline read their table from, as in the walkthrough. */
    Map<String, String> environment() {
        return Map.of("DYNAMODB_TABLE_NAME", TABLE, "DYNAMODB_ENDPOINT", endpoint(), "AWS_REGION", "us-east-1");
    }

    private String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private DynamoDbClient client() {
        return DynamoDbClient.builder().endpointOverride(URI.create(endpoint())).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private void awaitPort() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dynalite exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("dynalite did not listen on port " + port + " within 20 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
