package dev.goblet.internal;

import dev.goblet.HttpMethod;
import java.util.List;

/**
 * One route of a generated handler's table: {@code RouteSpec.of(0, "/pets", HttpMethod.POST).status(201)}.
 * Attributes left at their defaults are not written, so a new attribute does not change every generated file.
 */
public final class RouteSpec {
    private static final List<String> JSON = List.of("application/json");

    private final int id;
    private final String template;
    private final List<HttpMethod> methods;
    private final int status;
    private final List<String> contentTypes;
    private final boolean bindsBody;
    /** The route's CORS headers; null when it has no CORS. */
    private final CorsHeaders cors;
    /** Writes the route's JSON answer; null where the processor wrote no codec for it. */
    private final JsonCodec<?> answer;

    private RouteSpec(int id, String template, List<HttpMethod> methods, int status, List<String> contentTypes,
            boolean bindsBody, CorsHeaders cors, JsonCodec<?> answer) {
        this.id = id;
        this.template = template;
        this.methods = methods;
        this.status = status;
        this.contentTypes = contentTypes;
        this.bindsBody = bindsBody;
        this.cors = cors;
        this.answer = answer;
    }

    /**
     * Route {@code id}, the number the generated {@code dispatch} switches on, answering {@code methods} on
     * {@code template}: status 200, no body.
     */
    public static RouteSpec of(int id, String template, HttpMethod... methods) {
        if (methods.length == 0) {
            throw new IllegalArgumentException("Route " + template + " has no method");
        }
        return new RouteSpec(id, template, List.of(methods), 200, JSON, false, null, null);
    }

    /** This route with {@code status} as the status of a successful answer that is not a {@code Response}. */
    public RouteSpec status(int status) {
        return new RouteSpec(id, template, methods, status, contentTypes, bindsBody, cors, answer);
    }

    /** This route binding the request body, which must be JSON. */
    public RouteSpec body() {
        return body(JSON);
    }

    /** This route binding the request body, which must have one of {@code contentTypes} (lower case). */
    public RouteSpec body(List<String> contentTypes) {
        return new RouteSpec(id, template, methods, status, List.copyOf(contentTypes), true, cors, answer);
    }

    /** This route answering cross-origin calls with {@code cors}'s headers. */
    public RouteSpec cors(CorsHeaders cors) {
        return new RouteSpec(id, template, methods, status, contentTypes, bindsBody, cors, answer);
    }

    /** This route writing what its method returns with {@code answer}. */
    public RouteSpec answer(JsonCodec<?> answer) {
        return new RouteSpec(id, template, methods, status, contentTypes, bindsBody, cors, answer);
    }

    public int id() {
        return id;
    }

    public String template() {
        return template;
    }

    public List<HttpMethod> methods() {
        return methods;
    }

    public int status() {
        return status;
    }

    /** The body content types the route accepts, when it {@linkplain #bindsBody binds the body}. */
    public List<String> contentTypes() {
        return contentTypes;
    }

    /** Whether a parameter takes the body, so that its content type is checked. */
    public boolean bindsBody() {
        return bindsBody;
    }

    /** The route's CORS headers, or null when it has no CORS. */
    public CorsHeaders cors() {
        return cors;
    }

    /** The codec of the route's JSON answer, or null. */
    public JsonCodec<?> answer() {
        return answer;
    }

    @Override
    public String toString() {
        return methods + " " + template;
    }
}
