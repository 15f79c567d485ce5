package dev.goblet.test;

import dev.goblet.internal.LambdaEntryPoint;
import java.util.Objects;

/**
 * Calls an app in the test's own thread, with no network: each request becomes the proxy event API Gateway would
 * send, goes through the app's generated handler exactly as in Lambda, and comes back as a {@link TestResponse}.
 * Chalice's {@code chalice.test.Client}, for Java.
 *
 * <pre>{@code
 * TestClient client = TestClient.of(new UsersApiHandler());
 * TestResponse response = client.http().get("/users/john").header("Accept", "application/json").send();
 * assertThat(response.status()).isEqualTo(200);
 * assertThat(response.json().get("username").asText()).isEqualTo("john");
 * }</pre>
 *
 * <p>A client is immutable and safe to share between tests; {@code with...} methods return a changed copy.
 */
public final class TestClient {
    private final LambdaEntryPoint handler;
    private final PayloadVersion payload;
    private final String stage;

    private TestClient(LambdaEntryPoint handler, PayloadVersion payload, String stage) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.payload = payload;
        this.stage = stage;
    }

    /** A client of {@code handler} sending REST API events (payload 1.0) for stage {@code api}. */
    public static TestClient of(LambdaEntryPoint handler) {
        return new TestClient(handler, PayloadVersion.REST_1_0, "api");
    }

    /** This client, sending events of {@code payload}'s version (HTTP API events are 2.0). */
    public TestClient withPayload(PayloadVersion payload) {
        return new TestClient(handler, payload, stage);
    }

    /** This client, sending events for {@code stage}. */
    public TestClient withStage(String stage) {
        return new TestClient(handler, payload, stage);
    }

    /** Requests over API Gateway: {@code client.http().post("/users").json(user).send()}. */
    public TestHttp http() {
        return new TestHttp(handler, payload, stage);
    }

    /** Direct invocations of the app's functions: {@code client.lambda().invoke("api_handler", event)}. */
    public TestLambda lambda() {
        return new TestLambda(handler);
    }
}
