package dev.goblet.processor.validation;

import dev.goblet.HttpMethod;
import dev.goblet.Route;
import dev.goblet.processor.model.PathTemplate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The rules of a {@code @Route} method and its annotation: the handler can call it, its path is a template API
 * Gateway takes, its methods, status and content types make sense, and it returns something a route can answer
 * with. Its parameters are the {@link ParameterValidator}'s, once the route itself is sound.
 */
public final class RouteValidator {
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$&^_.+*-]+/[a-z0-9!#$&^_.+*-]+");

    private final ValidationReport report;
    private final ReturnTypeValidator returnTypes;

    public RouteValidator(ValidationReport report, ReturnTypeValidator returnTypes) {
        this.report = report;
        this.returnTypes = returnTypes;
    }

    /**
     * Whether the method and its {@code @Route} are sound enough to read its parameters; each rule it breaks is
     * reported. A path that is no template stops here: the parameters cannot be checked against it.
     */
    public boolean validate(ExecutableElement method) {
        Route route = method.getAnnotation(Route.class);
        AnnotationMirror mirror = AnnotationMirrors.of(method, Route.class);
        boolean callable = validateModifiers(method);
        PathTemplate.Parsed parsed = PathTemplate.parse(route.path());
        if (parsed.template() == null) {
            report.error(ErrorMessages.badPath(route.path(), parsed.problem()), method, mirror,
                    AnnotationMirrors.written(mirror, "path"));
            return false;
        }
        boolean methods = validateMethods(route, method, mirror);
        boolean contentTypes = validateContentTypes(route, method, mirror);
        boolean status = validateStatus(route, method, mirror);
        return returnTypes.validate(method) && methods && contentTypes && status && callable;
    }

    /** Whether the generated handler can call the method on the app's instance. */
    private boolean validateModifiers(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        boolean clean = true;
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.routeNotPublic(name), method);
            clean = false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(ErrorMessages.routeStatic(name), method);
            clean = false;
        }
        return clean;
    }

    private boolean validateMethods(Route route, ExecutableElement method, AnnotationMirror mirror) {
        if (route.methods().length == 0) {
            report.error(ErrorMessages.noMethods(), method, mirror, AnnotationMirrors.written(mirror, "methods"));
            return false;
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        for (HttpMethod httpMethod : route.methods()) {
            if (!methods.add(httpMethod)) {
                report.error(ErrorMessages.duplicateMethod(httpMethod.name()), method, mirror,
                        AnnotationMirrors.written(mirror, "methods"));
                return false;
            }
        }
        return true;
    }

    private boolean validateContentTypes(Route route, ExecutableElement method, AnnotationMirror mirror) {
        for (String contentType : route.contentTypes()) {
            if (!MEDIA_TYPE.matcher(contentType.trim().toLowerCase(Locale.ROOT)).matches()) {
                report.error(ErrorMessages.badContentType(contentType), method, mirror,
                        AnnotationMirrors.written(mirror, "contentTypes"));
                return false;
            }
        }
        return true;
    }

    private boolean validateStatus(Route route, ExecutableElement method, AnnotationMirror mirror) {
        if (route.status() >= 200 && route.status() <= 399) {
            return true;
        }
        report.error(ErrorMessages.badStatus(route.status()), method, mirror,
                AnnotationMirrors.written(mirror, "status"));
        return false;
    }
}
