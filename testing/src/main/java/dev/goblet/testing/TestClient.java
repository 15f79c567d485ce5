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
    private final boolean checkingDocument;

    private TestClient(List<GobletFunction> functions, PayloadVersion payload, String stage,
            boolean checkingDocument) {
        this.functions = functions;
        this.payload = payload;
        this.stage = stage;
        this.checkingDocument = checkingDocument;
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
        return new TestClient(all, PayloadVersion.REST_1_0, "api", false);
    }

    /** This client, sending events of {@code payload}'s version (HTTP API events are 2.0). */
    public TestClient withPayload(PayloadVersion payload) {
        return new TestClient(functions, payload, stage, checkingDocument);
    }

    /** This client, sending events for {@code stage}. */
    public TestClient withStage(String stage) {
        return new TestClient(functions, payload, stage, checkingDocument);
    }

    /**
     * This client, checking every answer of {@link #http()} against the app's OpenAPI document: a status the
     * operation does not declare, or a JSON body its schema rejects, fails the request's {@code send()} with an
     * {@link AssertionError} that says what differs ({@link DocumentedAnswers}). A test suite run this way shows
     * that clients generated from the document accept what the app answers.
     */
    public TestClient checkingDocument() {
        return new TestClient(functions, payload, stage, true);
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
        DocumentedAnswers document = checkingDocument ? documentOf(apis.get(0)) : null;
        return new TestHttp(ApiFunctions.of(apis), payload, stage, document);
    }

    /** The document the processor wrote beside the app's classes, found through the generated entry point's. */
    private static DocumentedAnswers documentOf(ApiFunction api) {
        ClassLoader loader = api.getClass().getClassLoader();
        return DocumentedAnswers.of(api.appName(), loader == null ? ClassLoader.getSystemClassLoader() : loader);
    }

    /** Direct invocations of the app's functions: {@code client.lambda().invoke("api_handler", event)}. */
    public TestLambda lambda() {
        return new TestLambda(functions);
    }
}
