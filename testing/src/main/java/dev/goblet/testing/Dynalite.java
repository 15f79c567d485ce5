package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.function.AppResources;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A dynalite process (the DynamoDB API in Node.js, from npm) serving from memory on a free port of 127.0.0.1, for
 * tests that talk to a real DynamoDB API. Started with {@link #start()}, stopped with {@link #close()}; nothing
 * outlives it. {@link DynaliteExtension} shares one among a run's tests.
 *
 * <p>dynalite is found at the path the system property {@value #CLI_PROPERTY} gives, else as
 * {@code node_modules/dynalite/cli.js} in the working folder or the nearest parent that has it (Maven runs tests in
 * the module's folder): {@code npm install --save-dev dynalite} in the project, or above it, once. It needs
 * Node.js.
 *
 * <p>{@link #client()} and {@link #createTables(Class)} use the AWS SDK for Java v2, which an app on DynamoDB has on
 * its class path already ({@code software.amazon.awssdk:dynamodb}); the rest of this class needs none.
 */
public final class Dynalite implements AutoCloseable {
    /** The system property that names dynalite's {@code cli.js}, where it is not in a {@code node_modules} above. */
    public static final String CLI_PROPERTY = "goblet.dynalite";
    static final String CLI = "node_modules/dynalite/cli.js";
    /**
     * Runs dynalite's command line, kept alive when a client hangs up mid-request (the script says how): the same
     * file as the repository's {@code scripts/dynalite.js}, which the build copies here.
     */
    private static final String LAUNCHER = "dynalite.js";
    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(10);
    /** Any region and credentials do: dynalite checks that a request is signed, not by whom. */
    private static final String REGION = "us-east-1";
    private static final String PLACEHOLDER_KEY = "local";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables get a number of their own, so that tests sharing one server never see each other's items. */
    private static final AtomicLong TABLES = new AtomicLong();

    private final LoopbackProcess server;
    private final Path launcher;

    private Dynalite(LoopbackProcess server, Path launcher) {
        this.server = server;
        this.launcher = launcher;
    }

    /** Starts dynalite and returns once it accepts connections; says how to install it when it is not there. */
    public static Dynalite start() throws IOException, InterruptedException {
        Path cli = find().orElseThrow(() -> new IllegalStateException(notFound()));
        int port = LoopbackProcess.freePort();
        Path launcher = Files.createTempFile("goblet-dynalite-", ".js");
        try (InputStream script = Dynalite.class.getResourceAsStream(LAUNCHER)) {
            if (script == null) {
                throw new IllegalStateException(LAUNCHER + " is missing from goblet-testing's jar");
            }
            Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder command = new ProcessBuilder(List.of("node", launcher.toString(), "--host", "127.0.0.1",
                        "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0",
                        "--updateTableMs", "0"))
                // dynalite's folder; its own dependencies resolve from where it lies, whatever the folder.
                .directory(cli.getParent().toFile());
        command.environment().put("GOBLET_DYNALITE_CLI", cli.toString());
        try {
            return new Dynalite(LoopbackProcess.start("dynalite", command, port, STARTUP,
                    "install Node.js and put it on the PATH (dynalite is " + cli + ")"), launcher);
        } catch (IOException | RuntimeException | InterruptedException e) {
            LoopbackProcess.delete(launcher);
            throw e;
        }
    }

    /**
     * dynalite's {@code cli.js}: the file {@value #CLI_PROPERTY} names, else the nearest
     * {@code node_modules/dynalite/cli.js} from the working folder up; empty when there is none. A property naming a
     * missing file is an error, not a fallback.
     */
    public static Optional<Path> find() {
        return find(Path.of(""), System.getProperty(CLI_PROPERTY));
    }

    static Optional<Path> find(Path from, String property) {
        if (property != null && !property.isBlank()) {
            Path cli = Path.of(property).toAbsolutePath();
            if (!Files.isRegularFile(cli)) {
                throw new IllegalStateException("-D" + CLI_PROPERTY + "=" + property + " names no file: give the path"
                        + " of dynalite's cli.js (node_modules/dynalite/cli.js where npm installed it)");
            }
            return Optional.of(cli);
        }
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CLI))) {
                return Optional.of(dir.resolve(CLI));
            }
        }
        return Optional.empty();
    }

    /** What to do when {@link #find()} finds nothing. */
    static String notFound() {
        return "dynalite is not installed: run 'npm install --save-dev dynalite' in the project (it needs Node.js), or"
                + " give the path of its cli.js as -D" + CLI_PROPERTY + "=... Looked for " + CLI + " from "
                + Path.of("").toAbsolutePath() + " up";
    }

    /** The endpoint to give the SDK, such as {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * The variables that point an app at this server, as {@code goblet:local -Dgoblet.dynamodb} sets them: the SDK's
     * own {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code DYNAMODB_ENDPOINT} for apps that read an endpoint themselves,
     * and a region and placeholder credentials.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint().toString());
        environment.put("DYNAMODB_ENDPOINT", endpoint().toString());
        environment.put("AWS_REGION", REGION);
        environment.put("AWS_ACCESS_KEY_ID", PLACEHOLDER_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", PLACEHOLDER_KEY);
        return environment;
    }

    /**
     * Creates, on this server, every table the app of {@code handler} (its generated entry point, such as {@code
     * WebApiHandler}) declares with {@code @DynamoDbTable}, with its keys and stream (which dynalite, having no
     * streams, ignores), each under a name no other call gives ({@code UsersTable-1}, then {@code UsersTable-2}...),
     * and returns once they are active.
     *
     * @return {@link #environment()} and each table's {@code environmentVariable} holding its name: what the app
     *     would find in Lambda's environment
     */
    public Map<String, String> createTables(Class<?> handler) {
        Map<String, String> environment = environment();
        List<JsonNode> tables = tablesOf(handler);
        try (DynamoDbClient client = client()) {
            for (JsonNode table : tables) {
                String name = table.path("resource").asText() + "-" + TABLES.incrementAndGet();
                client.createTable(createTable(table, name));
                awaitActive(client, name);
                environment.put(table.path("environmentVariable").asText(), name);
            }
        }
        return Collections.unmodifiableMap(environment);
    }

    /** The tables the processor listed beside the entry point, in {@code <handler>.stages.json}. */
    private static List<JsonNode> tablesOf(Class<?> handler) {
        String resource = AppResources.stages(handler.getName());
        ClassLoader loader = handler.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(handler.getName() + " is not an entry point Goblet generated (no "
                        + resource + " beside it): give the app's generated handler, such as WebApiHandler");
            }
            List<JsonNode> tables = new ArrayList<>();
            JSON.readTree(in).path("tables").forEach(tables::add);
            return tables;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The table as the template would make it: its keys, on-demand billing, and its stream if it has one. */
    private static CreateTableRequest createTable(JsonNode table, String name) {
        List<KeySchemaElement> keys = new ArrayList<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(table.path("partitionKey").asText())
                .keyType(KeyType.HASH).build());
        attributes.add(AttributeDefinition.builder().attributeName(table.path("partitionKey").asText())
                .attributeType(table.path("partitionKeyType").asText("S")).build());
        String sortKey = table.path("sortKey").asText("");
        if (!sortKey.isEmpty()) {
            keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
            attributes.add(AttributeDefinition.builder().attributeName(sortKey)
                    .attributeType(table.path("sortKeyType").asText("S")).build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name).keySchema(keys)
                .attributeDefinitions(attributes).billingMode(BillingMode.PAY_PER_REQUEST);
        String stream = table.path("stream").asText("");
        if (!stream.isEmpty()) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(stream)
                    .build());
        }
        return request.build();
    }

    /**
     * Returns once table {@code name} is active, for tests that create tables of their own: the SDK's waiter polls
     * every 20 s, and dynalite makes a table active within milliseconds.
     */
    public static void awaitActive(DynamoDbClient client, String name) {
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

    /**
     * A new client of this server, with placeholder credentials; the caller closes it. It uses the SDK's
     * URL-connection HTTP client when the class path has it (the one a Lambda should use), else the SDK's default.
     */
    public DynamoDbClient client() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(PLACEHOLDER_KEY, PLACEHOLDER_KEY)));
        if (hasUrlConnectionClient()) {
            builder.httpClient(urlConnectionClient());
        }
        return builder.build();
    }

    private static boolean hasUrlConnectionClient() {
        try {
            Class.forName("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient", false,
                    Dynalite.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    /** Apart, so that the class loads without the URL-connection client when it is absent. */
    private static SdkHttpClient urlConnectionClient() {
        return UrlConnectionHttpClient.create();
    }

    /** Whether the process still runs. */
    public boolean isRunning() {
        return server.isAlive();
    }

    /** Stops the process (and what it started), forcibly if it does not stop within ten seconds. */
    @Override
    public void close() {
        server.stop();
        LoopbackProcess.delete(launcher);
    }

    @Override
    public String toString() {
        return "dynalite on " + endpoint();
    }
}
