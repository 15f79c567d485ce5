package dev.goblet.internal;

import dev.goblet.HttpMethod;
import dev.goblet.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Access-Control-*} headers of a CORS route, worked out at compile time: the generated handler writes
 * {@code CorsHeaders.of("Access-Control-Allow-Origin", "*", ...)}. Adds them to answers and answers preflights.
 */
public final class CorsHeaders {
    private final Map<String, String> headers;

    private CorsHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    /** Headers given as name, value, name, value... */
    public static CorsHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("CORS headers come in name and value pairs");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new CorsHeaders(Collections.unmodifiableMap(headers));
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** {@code response} with these headers, unless it set one of them itself. */
    public Response addTo(Response response) {
        Response.Builder builder = Response.status(response.status());
        response.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        headers.forEach((name, value) -> {
            if (response.headers().keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                builder.header(name, value);
            }
        });
        return builder.body(response.body()).build();
    }

    /** The answer to a preflight on a path whose routes answer {@code methods}, as API Gateway's mock gives it. */
    public Response preflight(List<HttpMethod> methods) {
        List<String> names = new ArrayList<>();
        methods.forEach(method -> names.add(method.name()));
        names.add("OPTIONS");
        Response.Builder builder = Response.status(200).header("Access-Control-Allow-Methods", String.join(",", names));
        headers.forEach(builder::header);
        return builder.build();
    }
}
