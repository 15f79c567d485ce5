package dev.goblet.processor.validation;

import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.RouteModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads and checks {@code @Cors}: its values on the element that carries it, and, once the routes are read, that
 * the routes of one path agree, since one preflight answers for all of them.
 */
public final class CorsValidator {
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private final ValidationReport report;

    public CorsValidator(ValidationReport report) {
        this.report = report;
    }

    /**
     * The settings of the {@code @Cors} on {@code element}: empty when it has none or turns CORS off; null when
     * its values break a rule, each reported on it.
     */
    public Optional<CorsModel> read(Element element) {
        Cors cors = element.getAnnotation(Cors.class);
        if (cors == null || !cors.enabled()) {
            return Optional.empty();
        }
        AnnotationMirror mirror = AnnotationMirrors.of(element, Cors.class);
        boolean clean = check(ORIGIN.matcher(cors.allowOrigin()).matches(), "allowOrigin", cors.allowOrigin(),
                element, mirror);
        for (String header : cors.allowHeaders()) {
            clean &= check(HEADER.matcher(header).matches(), "allowHeaders", header, element, mirror);
        }
        for (String header : cors.exposeHeaders()) {
            clean &= check(HEADER.matcher(header).matches(), "exposeHeaders", header, element, mirror);
        }
        clean &= check(cors.maxAge() >= -1, "maxAge", String.valueOf(cors.maxAge()), element, mirror);
        if (cors.allowCredentials() && cors.allowOrigin().equals("*")) {
            report.error(ErrorMessages.corsCredentialsWithAnyOrigin(), element, mirror,
                    AnnotationMirrors.written(mirror, "allowCredentials"));
            clean = false;
        }
        if (!clean) {
            return null;
        }
        return Optional.of(new CorsModel(cors.allowOrigin(), List.of(cors.allowHeaders()),
                List.of(cors.exposeHeaders()), cors.maxAge() < 0 ? Optional.empty() : Optional.of(cors.maxAge()),
                cors.allowCredentials()));
    }

    /** A route's settings: its own {@code @Cors} when it has one, else the app's; null when its own is broken. */
    public Optional<CorsModel> read(ExecutableElement method, Optional<CorsModel> app) {
        return method.getAnnotation(Cors.class) == null ? app : read(method);
    }

    /**
     * Whether the routes of each path agree on CORS, and none of a CORS path answers OPTIONS itself;
     * {@code methods} are the routes' elements, in the same order.
     */
    public boolean validatePaths(List<RouteModel> routes, List<ExecutableElement> methods) {
        boolean clean = true;
        Map<String, Integer> firstOnPath = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteModel route = routes.get(i);
            String path = route.path().text();
            Integer first = firstOnPath.putIfAbsent(path, i);
            if (first != null && !routes.get(first).cors().equals(route.cors())) {
                report.error(ErrorMessages.corsMixedOnPath(path, route.methodName(), routes.get(first).methodName()),
                        methods.get(i));
                clean = false;
            }
        }
        for (int i = 0; i < routes.size(); i++) {
            RouteModel route = routes.get(i);
            boolean cors = routes.get(firstOnPath.get(route.path().text())).cors().isPresent();
            if (cors && route.methods().contains(HttpMethod.OPTIONS)) {
                report.error(ErrorMessages.corsExplicitOptions(route.path().text(), route.methodName()),
                        methods.get(i));
                clean = false;
            }
        }
        return clean;
    }

    private boolean check(boolean valid, String member, String value, Element element, AnnotationMirror mirror) {
        if (!valid) {
            report.error(ErrorMessages.corsBadValue(member, value), element, mirror,
                    AnnotationMirrors.written(mirror, member));
        }
        return valid;
    }
}
