package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.HttpMethod;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.RouteModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * CORS as an HTTP API's {@code CorsConfiguration} or a function URL's {@code Cors}: one setting for every answer.
 * Either answers the preflight itself and puts its headers on every answer, replacing the function's. That is the
 * app's CORS only when every route has the same setting; otherwise the template sets none, and the preflights
 * reach the function, whose generated handler answers them per path as the local server does.
 */
final class GatewayCors {
    /** The longest preflight cache both take, in seconds; browsers keep an answer shorter still. */
    static final int MAX_AGE_LIMIT = 86_400;

    private GatewayCors() {}

    /** The one CORS setting of every route; empty when a route has none, or two routes differ. */
    static Optional<CorsModel> uniform(List<RouteModel> routes) {
        List<Optional<CorsModel>> settings = routes.stream().map(RouteModel::cors).distinct().toList();
        return settings.size() == 1 ? settings.get(0) : Optional.empty();
    }

    /**
     * The setting, in the fields both APIs name alike: the origin, Chalice's headers and the route's (sorted), the
     * methods ({@code null} for {@code *}), the exposed headers, the max age and credentials when set.
     */
    static ObjectNode configuration(CorsModel cors, Set<String> methods) {
        ObjectNode written = object();
        written.putArray("AllowOrigins").add(cors.allowOrigin());
        ArrayNode headers = written.putArray("AllowHeaders");
        Set<String> allowedHeaders = new TreeSet<>(CorsModel.DEFAULT_HEADERS);
        allowedHeaders.addAll(cors.allowHeaders());
        allowedHeaders.forEach(headers::add);
        ArrayNode allowed = written.putArray("AllowMethods");
        if (methods == null) {
            allowed.add("*");
        } else {
            methods.forEach(allowed::add);
        }
        if (!cors.exposeHeaders().isEmpty()) {
            ArrayNode exposed = written.putArray("ExposeHeaders");
            cors.exposeHeaders().forEach(exposed::add);
        }
        cors.maxAge().ifPresent(age -> written.put("MaxAge", Math.min(age, MAX_AGE_LIMIT)));
        if (cors.allowCredentials()) {
            written.put("AllowCredentials", true);
        }
        return written;
    }

    /** The methods the routes answer, in their order. */
    static Set<String> methods(List<RouteModel> routes) {
        Set<String> methods = new LinkedHashSet<>();
        routes.forEach(route -> route.methods().forEach(method -> methods.add(method.name())));
        return methods;
    }

    /** The methods the routes answer, then {@code OPTIONS}, which the gateway answers itself. */
    static Set<String> methodsAndOptions(List<RouteModel> routes) {
        Set<String> methods = methods(routes);
        methods.add(HttpMethod.OPTIONS.name());
        return methods;
    }
}
