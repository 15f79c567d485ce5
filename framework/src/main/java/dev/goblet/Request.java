package dev.goblet;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.internal.FormReader;
import dev.goblet.internal.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request being served, as Chalice's {@code app.current_request}: declare a parameter of this type on a route
 * method to receive it. Immutable; the same for REST (payload 1.0) and HTTP API (payload 2.0) events.
 */
public final class Request {
    private final String method;
    private final String path;
    private final String resourcePath;
    private final Headers headers;
    private final Map<String, List<String>> queryParameters;
    private final Map<String, String> pathParameters;
    private final byte[] body;
    private final String stage;
    private final String requestId;
    private final Identity identity;
    private final AuthorizerContext authorizer;
    private final Map<String, String> stageVariables;
    private final Context lambdaContext;

    private Request(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.resourcePath = b.resourcePath;
        this.headers = b.headers;
        this.queryParameters = copyOfLists(b.queryParameters);
        this.pathParameters = Map.copyOf(b.pathParameters);
        this.body = b.body;
        this.stage = b.stage;
        this.requestId = b.requestId;
        this.identity = b.identity;
        this.authorizer = b.authorizer;
        this.stageVariables = Map.copyOf(b.stageVariables);
        this.lambdaContext = b.lambdaContext;
    }

    /** A copy that differs only in the matched route or the Lambda context: every part is immutable, so shared. */
    private Request(Request from, String resourcePath, Map<String, String> pathParameters, Context lambdaContext) {
        this.method = from.method;
        this.path = from.path;
        this.resourcePath = resourcePath;
        this.headers = from.headers;
        this.queryParameters = from.queryParameters;
        this.pathParameters = Map.copyOf(pathParameters);
        this.body = from.body;
        this.stage = from.stage;
        this.requestId = from.requestId;
        this.identity = from.identity;
        this.authorizer = from.authorizer;
        this.stageVariables = from.stageVariables;
        this.lambdaContext = lambdaContext;
    }

    private static Map<String, List<String>> copyOfLists(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new HashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** A copy of this request with the path parameters of the route it matched. */
    public Request withRoute(String resourcePath, Map<String, String> pathParameters) {
        return new Request(this, resourcePath, pathParameters, lambdaContext);
    }

    /** A copy of this request served in the given Lambda invocation. */
    public Request withLambdaContext(Context lambdaContext) {
        return new Request(this, resourcePath, pathParameters, lambdaContext);
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The path as the client sent it, percent-encoded, without the stage. */
    public String path() {
        return path;
    }

    /** The template of the matched route, such as {@code /users/{username}}; null before matching. */
    public String resourcePath() {
        return resourcePath;
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /** The {@code Content-Type} without parameters ({@code charset=...}), lower case, or null. */
    public String contentType() {
        String value = headers.first("Content-Type");
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Every query parameter with all its values, decoded. */
    public Map<String, List<String>> queryParameters() {
        return queryParameters;
    }

    /** The first value of a query parameter, or null. */
    public String queryParameter(String name) {
        List<String> values = queryParameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a query parameter given several times; empty when absent. */
    public List<String> queryParameterValues(String name) {
        return queryParameters.getOrDefault(name, List.of());
    }

    /** The path variables of the matched route, decoded. */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** Whether the request has a non-empty body. */
    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body's bytes, base64 already decoded. The array is a copy. */
    public byte[] rawBody() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON; null when there is no body; a {@link BadRequestError} when it is malformed. Needs
     * jackson-databind on the app's classpath, as the {@code jsonBody} methods below do: a route that takes a record
     * or an enum instead is bound by generated code and needs none.
     */
    public JsonNode jsonBody() {
        return hasBody() ? JsonBodies.readTree(body) : null;
    }

    /** The body bound to {@code type}; a {@link BadRequestError} naming the field when it does not fit. */
    public <T> T jsonBody(Class<T> type) {
        return JsonBodies.read(body, JsonBodies.type(type), "body");
    }

    /** The body bound to a generic type, such as {@code new TypeReference<List<User>>() {}}. */
    public <T> T jsonBody(com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return JsonBodies.read(body, JsonBodies.type(type), "body");
    }

    /**
     * The body read as a form ({@code application/x-www-form-urlencoded} or {@code multipart/form-data}), for
     * middleware, which runs before a route binds its {@code @Form} parameters, and for code that reads a form
     * itself. Empty when the body is no form (none, JSON...); a {@link BadRequestError} when it is malformed. Each
     * call reads the body again, within Lambda's 6 MB payload; a route's own {@code @FormLimits} apply to its
     * binding.
     */
    public FormData form() {
        return FormReader.readIfForm(this);
    }

    /** The API Gateway stage, such as {@code api} or {@code $default}. */
    public String stage() {
        return stage;
    }

    /** API Gateway's id of this request. */
    public String requestId() {
        return requestId;
    }

    public Identity identity() {
        return identity;
    }

    /** What the route's authorizer said of the caller: principal, token claims, context. */
    public AuthorizerContext authorizer() {
        return authorizer;
    }

    public Map<String, String> stageVariables() {
        return stageVariables;
    }

    /** The Lambda context of the invocation; null outside Lambda when none was given. */
    public Context lambdaContext() {
        return lambdaContext;
    }

    public Builder toBuilder() {
        Builder b = new Builder(method, path);
        b.resourcePath = resourcePath;
        b.headers = headers;
        b.queryParameters = queryParameters;
        b.pathParameters = pathParameters;
        b.body = body;
        b.stage = stage;
        b.requestId = requestId;
        b.identity = identity;
        b.authorizer = authorizer;
        b.stageVariables = stageVariables;
        b.lambdaContext = lambdaContext;
        return b;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Builds a {@link Request}; every part but the method and path has an empty default. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String resourcePath;
        private Headers headers = Headers.empty();
        private Map<String, List<String>> queryParameters = Map.of();
        private Map<String, String> pathParameters = Map.of();
        private byte[] body = new byte[0];
        private String stage = "$default";
        private String requestId = "";
        private Identity identity = new Identity(null, null, Map.of());
        private AuthorizerContext authorizer = AuthorizerContext.NONE;
        private Map<String, String> stageVariables = Map.of();
        private Context lambdaContext;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder headers(Headers headers) {
            this.headers = headers;
            return this;
        }

        public Builder queryParameters(Map<String, List<String>> queryParameters) {
            this.queryParameters = queryParameters;
            return this;
        }

        public Builder pathParameters(Map<String, String> pathParameters) {
            this.pathParameters = pathParameters;
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? new byte[0] : body;
            return this;
        }

        public Builder stage(String stage) {
            this.stage = stage;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder identity(Identity identity) {
            this.identity = identity;
            return this;
        }

        public Builder authorizer(AuthorizerContext authorizer) {
            this.authorizer = authorizer;
            return this;
        }

        public Builder stageVariables(Map<String, String> stageVariables) {
            this.stageVariables = stageVariables;
            return this;
        }

        public Builder lambdaContext(Context lambdaContext) {
            this.lambdaContext = lambdaContext;
            return this;
        }

        public Request build() {
            return new Request(this);
        }
    }
}
