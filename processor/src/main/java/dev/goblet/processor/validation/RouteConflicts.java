package dev.goblet.processor.validation;

import dev.goblet.HttpMethod;
import dev.goblet.processor.model.RouteModel;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Finds routes API Gateway could not tell apart: the same method on paths of the same shape, such as
 * {@code /a/{x}} and {@code /a/{y}}. Each later route is reported on its own method.
 */
public final class RouteConflicts {
    private final Map<String, RouteModel> seen = new HashMap<>();
    private final ValidationReport report;

    public RouteConflicts(ValidationReport report) {
        this.report = report;
    }

    /** Records the route; reports it and returns false when an earlier one has the same method and shape. */
    public boolean add(RouteModel route, Element element) {
        boolean clean = true;
        for (HttpMethod method : route.methods()) {
            RouteModel earlier = seen.putIfAbsent(method + " " + route.path().shape(), route);
            if (earlier != null) {
                report.error(ErrorMessages.duplicateRoute(method.name(), route.path().text(), earlier.methodName(),
                        earlier.path().text()), element);
                clean = false;
            }
        }
        return clean;
    }
}
