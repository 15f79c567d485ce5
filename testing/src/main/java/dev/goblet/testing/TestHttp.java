package dev.goblet.testing;

import dev.goblet.function.ApiFunction;

/** Starts requests to the app; each method names the HTTP method and takes the path, which may hold a query. */
public final class TestHttp {
    private final ApiFunction handler;
    private final PayloadVersion payload;
    private final String stage;
    /** The document every answer is checked against, or null. */
    private final DocumentedAnswers document;

    TestHttp(ApiFunction handler, PayloadVersion payload, String stage, DocumentedAnswers document) {
        this.handler = handler;
        this.payload = payload;
        this.stage = stage;
        this.document = document;
    }

    public TestRequest get(String path) {
        return request("GET", path);
    }

    public TestRequest post(String path) {
        return request("POST", path);
    }

    public TestRequest put(String path) {
        return request("PUT", path);
    }

    public TestRequest patch(String path) {
        return request("PATCH", path);
    }

    public TestRequest delete(String path) {
        return request("DELETE", path);
    }

    public TestRequest head(String path) {
        return request("HEAD", path);
    }

    public TestRequest options(String path) {
        return request("OPTIONS", path);
    }

    /** A request of any method. */
    public TestRequest request(String method, String path) {
        return new TestRequest(handler, Events.apiGateway(payload, method, path).stage(stage), method, path, document);
    }
}
