package dev.goblet.internal;

import dev.goblet.HttpError;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.Response;
import java.util.function.Function;

/**
 * Turns what a route method returned, or the error it threw, into a {@link Response} whose body is encoded. JSON is
 * written by the route's generated codec, or by the app's codec for the value's class; only a value of a type the
 * processor wrote no codec for goes through jackson-databind.
 */
public final class ResponseEncoder {
    static final String JSON = "application/json";
    /** For callers that have no generated codecs: every value goes through databind. */
    public static final Function<Class<?>, JsonCodec<?>> NO_CODECS = type -> null;

    private ResponseEncoder() {}

    /** The answer for a route's result: a {@link Response} as given, anything else as JSON with the route's status. */
    public static Response encode(Object result, RouteSpec route, Function<Class<?>, JsonCodec<?>> codecs) {
        if (result instanceof Response response) {
            return encode(response, codecs);
        }
        if (result == null && route.status() == 204) {
            return Response.noContent();
        }
        String body = route.answer() != null ? JsonCodecs.writeText(codec(route.answer()), result)
                : json(result, codecs);
        return Response.status(route.status()).contentType(JSON).body(body).build();
    }

    public static Response encode(Object result, RouteSpec route) {
        return encode(result, route, NO_CODECS);
    }

    /** Encodes the body of a handler's own {@link Response}, adding a {@code Content-Type} it did not set. */
    public static Response encode(Response response) {
        return encode(response, NO_CODECS);
    }

    /** As {@link #encode(Response)}, a body object written by its class's codec when the app has one. */
    public static Response encode(Response response, Function<Class<?>, JsonCodec<?>> codecs) {
        Object body = response.body();
        String defaultType;
        Object encoded;
        if (body == null) {
            return response;
        } else if (body instanceof byte[]) {
            defaultType = "application/octet-stream";
            encoded = body;
        } else if (body instanceof String) {
            defaultType = "text/plain; charset=utf-8";
            encoded = body;
        } else {
            defaultType = JSON;
            encoded = json(body, codecs);
        }
        Response.Builder builder = Response.status(response.status());
        response.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        if (response.headers().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            builder.contentType(defaultType);
        }
        return builder.body(encoded).build();
    }

    /** Chalice's error answer: {@code {"Code": ..., "Message": ...}}, with {@code Allow} on a 405. */
    public static Response error(HttpError error) {
        Response.Builder builder = Response.status(error.status()).contentType(JSON);
        if (error instanceof MethodNotAllowedError notAllowed) {
            builder.header("Allow", String.join(", ", notAllowed.allowed()));
        }
        return builder.body(errorBody(error.code(), String.valueOf(error.getMessage()))).build();
    }

    /** The 500 answer: it says nothing of the exception, which goes to the log instead. */
    public static Response internalError() {
        return Response.status(500).contentType(JSON)
                .body(errorBody("InternalServerError", "An internal server error occurred."))
                .build();
    }

    /**
     * Written with jackson-core's generator, not the data binding: an error answer (a 404, a 400 for an unreadable
     * event) then loads no class of jackson-databind, as the entry point's reading and writing load none.
     */
    private static String errorBody(String code, String message) {
        return JsonText.write(out -> {
            out.writeStartObject();
            out.writeStringField("Code", code);
            out.writeStringField("Message", message);
            out.writeEndObject();
        });
    }

    private static String json(Object value, Function<Class<?>, JsonCodec<?>> codecs) {
        if (value == null) {
            return "null";
        }
        JsonCodec<?> codec = codecs.apply(value.getClass());
        return codec != null ? JsonCodecs.writeText(codec(codec), value) : JsonBodies.writeText(value);
    }

    @SuppressWarnings("unchecked")
    private static JsonCodec<Object> codec(JsonCodec<?> codec) {
        return (JsonCodec<Object>) codec;
    }
}
