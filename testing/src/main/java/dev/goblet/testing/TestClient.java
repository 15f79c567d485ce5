package dev.goblet.testing;

import dev.goblet.function.ApiFunction;
import dev.goblet.function.GobletFunction;
import java.util.List;

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
    private final List<GobletFunction> functions;
    private final PayloadVersion payload;
    private final String stage;

    private TestClient(List<GobletFunction> functions, PayloadVersion payload, String stage) {
        this.functions = functions;
        this.payload = payload;
        this.stage = stage;
    }

    /**
     * A client of an app's generated entry points, sending REST API events (payload 1.0) for stage {@code api}.
     * Give every function the test calls; {@link #http()} goes to the one that serves the routes.
     *
     * @throws IllegalArgumentException when no function is given, or two have one name
     */
    public static TestClient of(GobletFunction... functions) {
        List<GobletFunction> all = List.of(functions);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("Give the app's generated entry points, such as new UsersApiHandler()");
        }
        if (all.stream().map(GobletFunction::functionName).distinct().count() != all.size()) {
            throw new IllegalArgumentException("Two of the functions given have the same name");
        }
        return new TestClient(all, PayloadVersion.REST_1_0, "api");
    }

    /** This client, sending events of {@code payload}'s version (HTTP API events are 2.0). */
    public TestClient withPayload(PayloadVersion payload) {
        return new TestClient(functions, payload, stage);
    }

    /** This client, sending events for {@code stage}. */
    public TestClient withStage(String stage) {
        return new TestClient(functions, payload, stage);
    }

    /**
     * Requests over API Gateway: {@code client.http().post("/users").json(user).send()}. Each goes to the function
     * given that serves its route, as API Gateway sends it: give every function that routes run in
     * ({@code @Route(function = ...)}) for them to answer.
     *
     * @throws IllegalStateException when none of the client's functions serves routes
     */
    public TestHttp http() {
        List<ApiFunction> apis = functions.stream().filter(ApiFunction.class::isInstance)
                .map(ApiFunction.class::cast).toList();
        if (apis.isEmpty()) {
            throw new IllegalStateException("None of the functions given serves the app's routes: give its API"
                    + " handler, such as new UsersApiHandler()");
        }
        return new TestHttp(ApiFunctions.of(apis), payload, stage);
    }

    /** Direct invocations of the app's functions: {@code client.lambda().invoke("api_handler", event)}. */
    public TestLambda lambda() {
        return new TestLambda(functions);
    }
}
