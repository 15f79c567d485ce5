package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.ApiFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A request being written: add headers, query parameters and a body, then {@link #send()} it. The request goes
 * through the same proxy event and the same handler code as in Lambda.
 */
public final class TestRequest {
    private final ApiFunction handler;
    private final ProxyEventBuilder event;
    private final String method;
    private final String path;
    private final DocumentedAnswers document;
    private boolean hasContentType;
    /** The url-encoded form {@link #form} has written so far. */
    private final StringBuilder form = new StringBuilder();

    TestRequest(ApiFunction handler, ProxyEventBuilder event, String method, String path,
            DocumentedAnswers document) {
        this.handler = handler;
        this.event = event;
        this.method = method;
        this.path = path;
        this.document = document;
    }

    /** Adds a header value; call again with the same name for a multi-valued header. */
    public TestRequest header(String name, String value) {
        hasContentType |= name.equalsIgnoreCase("Content-Type");
        event.header(name, value);
        return this;
    }

    /** Adds a query parameter, given decoded; call again with the same name for several values. */
    public TestRequest query(String name, String value) {
        event.query(name, value);
        return this;
    }

    public TestRequest contentType(String contentType) {
        return header("Content-Type", contentType);
    }

    /** {@code value} written as JSON, with {@code Content-Type: application/json} unless one is set. */
    public TestRequest json(Object value) {
        if (!hasContentType) {
            contentType("application/json");
        }
        event.body(TestJson.write(value));
        return this;
    }

    /**
     * Adds a field to a url-encoded form body, as an HTML form posts it, with
     * {@code Content-Type: application/x-www-form-urlencoded} unless one is set; call again for more fields, or the
     * same name for several values.
     */
    public TestRequest form(String name, String value) {
        if (!hasContentType) {
            contentType("application/x-www-form-urlencoded");
        }
        form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        event.body(form.toString());
        return this;
    }

    /** A {@code multipart/form-data} body, with its {@code Content-Type} and boundary unless one is set. */
    public TestRequest multipart(MultipartBody body) {
        if (!hasContentType) {
            contentType(body.contentType());
        }
        event.body(body.bytes());
        return this;
    }

    /** A raw body; set its {@code Content-Type} with {@link #contentType}. */
    public TestRequest body(byte[] bytes) {
        event.body(bytes);
        return this;
    }

    /** A text body, sent as UTF-8; malformed JSON goes this way. */
    public TestRequest body(String text) {
        event.body(text);
        return this;
    }

    /** The proxy event this request sends, to look at or to send elsewhere. */
    public ObjectNode event() {
        return event.build();
    }

    /**
     * Sends the request through the handler and returns its answer.
     *
     * @throws AssertionError when the client {@linkplain TestClient#checkingDocument() checks the document} and the
     *     answer is not as the document declares it
     */
    public TestResponse send() {
        ObjectNode built = event.build();
        String requestId = built.path("requestContext").path("requestId").asText();
        ProxyResponse response = ProxyResponse.of(
                handler.handleEvent(built, InvocationContext.of(requestId, ApiFunction.API_HANDLER)));
        TestResponse answer = new TestResponse(method + " " + path, response);
        if (document != null) {
            int query = path.indexOf('?');
            handler.match(method, query < 0 ? path : path.substring(0, query)).ifPresent(match ->
                    document.check(method, match.route().template(), answer));
        }
        return answer;
    }
}
