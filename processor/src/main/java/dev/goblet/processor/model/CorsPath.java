package dev.goblet.processor.model;

import dev.goblet.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path whose routes have CORS, and so a preflight {@code OPTIONS}: the mock integration in the template, the
 * operation in the OpenAPI document.
 *
 * @param path the path template, as the OpenAPI document writes it
 * @param cors the settings its routes share
 * @param methods the methods its routes answer, in declaration order
 * @param firstRoute the first route on the path, whose operation id names the preflight
 */
public record CorsPath(String path, CorsModel cors, List<HttpMethod> methods, RouteModel firstRoute) {
    public CorsPath {
        methods = List.copyOf(methods);
    }

    /** The CORS paths of {@code routes}, in the order first met. */
    public static List<CorsPath> of(List<RouteModel> routes) {
        Map<String, List<RouteModel>> byPath = new LinkedHashMap<>();
        routes.forEach(route -> byPath.computeIfAbsent(route.path().text(), path -> new ArrayList<>()).add(route));
        List<CorsPath> paths = new ArrayList<>();
        byPath.forEach((path, onPath) -> onPath.get(0).cors().ifPresent(cors -> {
            List<HttpMethod> methods = new ArrayList<>();
            onPath.forEach(route -> methods.addAll(route.methods()));
            paths.add(new CorsPath(path, cors, methods, onPath.get(0)));
        }));
        return paths;
    }

    /** The preflight's answer headers: the allowed methods, OPTIONS last, then the route's CORS headers. */
    public Map<String, String> preflightHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        methods.forEach(method -> names.add(method.name()));
        names.add("OPTIONS");
        headers.put("Access-Control-Allow-Methods", String.join(",", names));
        headers.putAll(cors.headers());
        return headers;
    }
}
