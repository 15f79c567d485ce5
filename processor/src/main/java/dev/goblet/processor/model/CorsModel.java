package dev.goblet.processor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A route's or an app's CORS settings, from {@code @Cors}: Chalice's {@code CORSConfig}.
 *
 * @param allowOrigin the origin allowed, or {@code *}
 * @param allowHeaders the request headers allowed beyond {@link #DEFAULT_HEADERS}
 * @param exposeHeaders the answer headers the page may read
 * @param maxAge how long a preflight's answer may be kept, in seconds
 * @param allowCredentials whether credentials may be sent
 */
public record CorsModel(String allowOrigin, List<String> allowHeaders, List<String> exposeHeaders,
        Optional<Integer> maxAge, boolean allowCredentials) {
    /** Chalice's headers, always allowed. */
    public static final List<String> DEFAULT_HEADERS = List.of("Authorization", "Content-Type", "X-Amz-Date",
            "X-Amz-Security-Token", "X-Api-Key");

    public CorsModel {
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /** Chalice's {@code cors=True}: any origin, the default headers. */
    public static CorsModel anyOrigin() {
        return new CorsModel("*", List.of(), List.of(), Optional.empty(), false);
    }

    /**
     * The settings for answers no route makes (API Gateway's own errors, a path no route has): the app's, or else
     * the one setting every CORS route shares; empty when there is neither.
     */
    public static Optional<CorsModel> apiWide(Optional<CorsModel> app, List<RouteModel> routes) {
        if (app.isPresent()) {
            return app;
        }
        List<CorsModel> settings = routes.stream().flatMap(route -> route.cors().stream()).distinct().toList();
        return settings.size() == 1 ? Optional.of(settings.get(0)) : Optional.empty();
    }

    /**
     * The headers of every answer, in Chalice's order: origin, allowed headers (the default set and the added ones,
     * sorted), then the exposed headers, max age and credentials when set.
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", allowOrigin);
        TreeSet<String> allowed = new TreeSet<>(DEFAULT_HEADERS);
        allowed.addAll(allowHeaders);
        headers.put("Access-Control-Allow-Headers", String.join(",", allowed));
        if (!exposeHeaders.isEmpty()) {
            headers.put("Access-Control-Expose-Headers", String.join(",", exposeHeaders));
        }
        maxAge.ifPresent(age -> headers.put("Access-Control-Max-Age", String.valueOf(age)));
        if (allowCredentials) {
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        return headers;
    }
}
