package dev.goblet.websocket.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What needs no server: the endpoint's variable, read on the first call, and which endpoints are the local server.
 * The calls themselves are tested against goblet-local's management API over HTTP (LocalWebSocketsTest there).
 */
class ApiGatewayConnectionsTest {
    @Test
    void aMissingEndpointSaysWhereItComesFromOnTheFirstCallNotBefore() {
        ApiGatewayConnections connections = ApiGatewayConnections.fromEnvironment(Map.of());

        assertThatThrownBy(() -> connections.send("abc", "hi"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOBLET_WEBSOCKET_ENDPOINT is not set");
    }

    @Test
    void onlyLiteralLoopbackAddressesAreTheLocalServer() {
        assertThat(ApiGatewayConnections.loopback(URI.create("http://127.0.0.1:8001/api"))).isTrue();
        assertThat(ApiGatewayConnections.loopback(URI.create("http://localhost:8001/api"))).isTrue();
        assertThat(ApiGatewayConnections.loopback(URI.create("http://[::1]:8001/api"))).isTrue();
        assertThat(ApiGatewayConnections.loopback(URI.create(
                "https://abc123.execute-api.eu-west-1.amazonaws.com/api"))).isFalse();
        assertThat(ApiGatewayConnections.loopback(URI.create("http://10.0.0.7:8001/api"))).isFalse();
    }
}
