package dev.goblet.websocket.aws;

import dev.goblet.websocket.ConnectionGoneException;
import dev.goblet.websocket.ConnectionInfo;
import dev.goblet.websocket.Connections;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * The connections of the app's WebSocket API, through API Gateway's management API
 * ({@code POST/DELETE/GET @connections/{id}}): Chalice's {@code app.websocket_api}. Make one per app, in a field;
 * the SDK client is built on the first call, so that a function that never sends pays nothing for it in its cold
 * start.
 *
 * <pre>{@code
 * private final Connections connections = ApiGatewayConnections.fromEnvironment();
 * ...
 * connections.send(event.connectionId(), "hello");
 * }</pre>
 *
 * <p>A connection that has closed answers {@code 410 Gone}: that is a {@link ConnectionGoneException}. Other failures
 * are the SDK's exceptions.
 */
public final class ApiGatewayConnections implements Connections, AutoCloseable {
    /** Where the template (and {@code goblet-local}) puts the management API's endpoint for every function. */
    public static final String ENDPOINT_VARIABLE = "GOBLET_WEBSOCKET_ENDPOINT";

    private final Supplier<ApiGatewayManagementApiClient> factory;
    private volatile ApiGatewayManagementApiClient client;

    private ApiGatewayConnections(Supplier<ApiGatewayManagementApiClient> factory) {
        this.factory = factory;
    }

    /**
     * The connections at the endpoint in {@value #ENDPOINT_VARIABLE}, read on the first call: the one the template
     * sets, {@code https://<api-id>.execute-api.<region>.amazonaws.com/<stage>}, or the local server's.
     */
    public static ApiGatewayConnections fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static ApiGatewayConnections fromEnvironment(Map<String, String> environment) {
        return new ApiGatewayConnections(() -> {
            String endpoint = environment.get(ENDPOINT_VARIABLE);
            if (endpoint == null || endpoint.isBlank()) {
                throw new IllegalStateException(ENDPOINT_VARIABLE + " is not set: the template sets it for every"
                        + " function of an app with WebSocket handlers, and goblet-local for the app it serves;"
                        + " elsewhere use ApiGatewayConnections.at(endpoint)");
            }
            return client(URI.create(endpoint.trim()), environment);
        });
    }

    /**
     * The connections at {@code endpoint}, such as {@code https://abc123.execute-api.eu-west-1.amazonaws.com/api}
     * (the {@code WebsocketConnectEndpointURL} output with https) or {@code http://127.0.0.1:8001/api} locally.
     */
    public static ApiGatewayConnections at(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new ApiGatewayConnections(() -> client(endpoint, System.getenv()));
    }

    /** The connections through a client built by the caller, with its own region, credentials and HTTP client. */
    public static ApiGatewayConnections of(ApiGatewayManagementApiClient client) {
        Objects.requireNonNull(client, "client");
        return new ApiGatewayConnections(() -> client);
    }

    @Override
    public void send(String connectionId, String message) {
        try {
            client().postToConnection(request -> request.connectionId(connectionId)
                    .data(SdkBytes.fromUtf8String(message)));
        } catch (GoneException e) {
            throw new ConnectionGoneException(connectionId);
        }
    }

    @Override
    public void close(String connectionId) {
        try {
            client().deleteConnection(request -> request.connectionId(connectionId));
        } catch (GoneException e) {
            throw new ConnectionGoneException(connectionId);
        }
    }

    @Override
    public ConnectionInfo info(String connectionId) {
        GetConnectionResponse connection;
        try {
            connection = client().getConnection(request -> request.connectionId(connectionId));
        } catch (GoneException e) {
            throw new ConnectionGoneException(connectionId);
        }
        var identity = connection.identity();
        return new ConnectionInfo(connectionId, connection.connectedAt(), connection.lastActiveAt(),
                identity == null ? null : identity.sourceIp(), identity == null ? null : identity.userAgent());
    }

    /** Closes the SDK client, if it was built. */
    @Override
    public void close() {
        ApiGatewayManagementApiClient built = client;
        if (built != null) {
            built.close();
        }
    }

    private ApiGatewayManagementApiClient client() {
        ApiGatewayManagementApiClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = factory.get();
                    client = built;
                }
            }
        }
        return built;
    }

    /**
     * A client for {@code endpoint} in the region Lambda runs the function in ({@code AWS_REGION}). A loopback
     * endpoint is the local server, which checks no signature: it is signed with placeholder credentials, so that
     * a machine without AWS credentials can run the app.
     */
    private static ApiGatewayManagementApiClient client(URI endpoint, Map<String, String> environment) {
        String region = environment.getOrDefault("AWS_REGION", environment.getOrDefault("AWS_DEFAULT_REGION",
                "us-east-1"));
        AwsCredentialsProvider credentials = loopback(endpoint)
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("goblet-local", "goblet-local"))
                : DefaultCredentialsProvider.builder().build();
        return ApiGatewayManagementApiClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    static boolean loopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // Only literal addresses: a name is never looked up here.
            return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")
                    && InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
