package dev.goblet.example.users;

import dev.goblet.testing.Dynalite;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The users service on a laptop, on its embedded default: a dynalite started with it and stopped with it, serving
 * from memory, with the users table created if absent. It lives in the test sources so that it never ships in the
 * Lambda artifact.
 *
 * <p>{@link #start()} gives a running instance whose {@link #handler()} serves requests against that table; the
 * tests use it. To serve the service from the command line, {@code mvn goblet:local -Dgoblet.dynamodb=dynalite}
 * does the same with the Maven plugin.
 */
public final class LocalUsersService implements AutoCloseable {
    /** The table's name when {@code DYNAMODB_TABLE_NAME} is not set. */
    public static final String DEFAULT_TABLE = "users";

    private final Dynalite dynalite;
    private final Map<String, String> environment;
    private final DynamoUserStore store;

    private LocalUsersService(Dynalite dynalite, Map<String, String> environment, DynamoUserStore store) {
        this.dynalite = dynalite;
        this.environment = environment;
        this.store = store;
    }

    /** Starts dynalite on a free port of 127.0.0.1 and creates the table; the caller closes the instance. */
    public static LocalUsersService start() throws IOException, InterruptedException {
        String table = System.getenv().getOrDefault(DynamoUserStore.TABLE_NAME_VARIABLE, DEFAULT_TABLE);
        Dynalite dynalite = Dynalite.start();
        try {
            Map<String, String> environment = UsersTable.environment(dynalite, table);
            DynamoUserStore store = DynamoUserStore.fromEnvironment(environment);
            try {
                UsersTable.createIfAbsent(store.client(), table);
                return new LocalUsersService(dynalite, environment, store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            dynalite.close();
            throw e;
        }
    }

    /** The app, configured as Lambda would configure it from {@link #environment()}. */
    public UsersApi api() {
        return new UsersApi(store, CursorCodec.fromEnvironment(System.getenv()));
    }

    /** The generated Lambda entry point serving {@link #api()}: what a local HTTP server hands each request to. */
    public WebApiHandler handler() {
        return new WebApiHandler(api());
    }

    /** The DynamoDB endpoint, for the AWS CLI or another process: {@code --endpoint-url <this>}. */
    public URI dynamoEndpoint() {
        return dynalite.endpoint();
    }

    /** The dynalite process this instance started. */
    Dynalite dynalite() {
        return dynalite;
    }

    /** {@code DYNAMODB_TABLE_NAME}, {@code DYNAMODB_ENDPOINT} and {@code AWS_REGION} of this instance. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Closes the client, then stops dynalite; the users it held are gone, as it kept them in memory. */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            dynalite.close();
        }
    }
}
