package dev.goblet.processor.validation;

import dev.goblet.Route;
import dev.goblet.function.GobletFunction;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The rules for the function a route names in {@code @Route(function = ...)} or a blueprint's registration in
 * {@code @RegisterBlueprint(function = ...)}: a name Lambda and CloudFormation take, not the API handler's, and one
 * function per route. That no other function, table or resource has the name is {@link FunctionNames}'s rule.
 */
public final class RouteFunctionValidator {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final ValidationReport report;

    public RouteFunctionValidator(ValidationReport report) {
        this.report = report;
    }

    /** Whether the name {@code @Route} on {@code method} gives is one a function may have. */
    public boolean validateRoute(String name, Element method) {
        return validate(name, method, AnnotationMirrors.of(method, Route.class));
    }

    /** Whether the name a {@code @RegisterBlueprint} of {@code app} gives is one a function may have. */
    public boolean validateRegistration(String name, Element app, AnnotationMirror registration) {
        return validate(name, app, registration);
    }

    /** The site of an error about the function {@code @Route} on {@code method} names. */
    public void conflict(Element method, String function, String blueprint, String registered) {
        AnnotationMirror mirror = AnnotationMirrors.of(method, Route.class);
        report.error(ErrorMessages.conflictingRouteFunction(method.getSimpleName().toString(), function, blueprint,
                registered), method, mirror, AnnotationMirrors.written(mirror, "function"));
    }

    private boolean validate(String name, Element element, AnnotationMirror mirror) {
        String message = name.equals(GobletFunction.API_HANDLER) ? ErrorMessages.routeFunctionIsApiHandler(name)
                : FUNCTION_NAME.matcher(name).matches() ? null : ErrorMessages.badFunctionName(name);
        if (message != null) {
            report.error(message, element, mirror, AnnotationMirrors.written(mirror, "function"));
        }
        return message == null;
    }

    /** Claims the function's names in {@code names} for the routes of {@code method}, which named it first. */
    public boolean claimForRoute(FunctionNames names, String name, String logicalId, Element method) {
        AnnotationMirror mirror = AnnotationMirrors.of(method, Route.class);
        return names.claim(name, logicalId, "the routes of " + method.getSimpleName() + "()", method, mirror,
                AnnotationMirrors.written(mirror, "function"));
    }

    /** Claims the function's names in {@code names} for a blueprint registration's routes, which named it first. */
    public boolean claimForRegistration(FunctionNames names, String name, String logicalId, Element app,
            AnnotationMirror registration, String blueprint) {
        return names.claim(name, logicalId, "the routes of blueprint " + blueprint, app, registration,
                AnnotationMirrors.written(registration, "function"));
    }
}
