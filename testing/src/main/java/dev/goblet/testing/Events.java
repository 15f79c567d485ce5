package dev.goblet.testing;

/**
 * Builds the events AWS services send to a function, as they send them. Today: API Gateway's proxy events, in
 * both payload versions. The local server builds its events here too, so a test and a browser see the same thing.
 *
 * <pre>{@code
 * ObjectNode event = Events.restApi("POST", "/users")
 *         .header("Content-Type", "application/json")
 *         .body("{\"username\": \"john\"}")
 *         .build();
 * }</pre>
 */
public final class Events {
    private Events() {}

    /** A REST API proxy event (payload 1.0); {@code path} may carry a query string. */
    public static ProxyEventBuilder restApi(String method, String path) {
        return new ProxyEventBuilder(PayloadVersion.REST_1_0, method, path);
    }

    /** An HTTP API proxy event (payload 2.0); {@code path} may carry a query string. */
    public static ProxyEventBuilder httpApi(String method, String path) {
        return new ProxyEventBuilder(PayloadVersion.HTTP_2_0, method, path);
    }

    /** A proxy event of the given payload version. */
    public static ProxyEventBuilder apiGateway(PayloadVersion version, String method, String path) {
        return new ProxyEventBuilder(version, method, path);
    }
}
