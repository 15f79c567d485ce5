package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.goblet.HttpError;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Turns what a route method returned, or the error it threw, into a {@link Response} whose body is encoded. */
public final class ResponseEncoder {
    static final String JSON = "application/json";

    private ResponseEncoder() {}

    /** The answer for a route's result: a {@link Response} as given, anything else as JSON with the route's status. */
    public static Response encode(Object result, RouteSpec route) {
        if (result instanceof Response response) {
            return encode(response);
        }
        if (result == null && route.status() == 204) {
            return Response.noContent();
        }
        return Response.status(route.status()).contentType(JSON).body(json(result)).build();
    }

    /** Encodes the body of a handler's own {@link Response}, adding a {@code Content-Type} it did not set. */
    public static Response encode(Response response) {
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
            encoded = json(body);
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
        StringWriter body = new StringWriter();
        try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringField("Code", code);
            out.writeStringField("Message", message);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return body.toString();
    }

    private static String json(Object value) {
        return JsonBodies.writeText(value);
    }
}
