package dev.goblet.processor.validation;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The names an app's functions take, in the stage config and in the template: each function claims its
 * {@code lambda_functions} key and its logical id, which no other function, table or Goblet resource may have.
 */
public final class FunctionNames {
    private final ValidationReport report;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> logicalIds = new HashMap<>();

    public FunctionNames(ValidationReport report) {
        this.report = report;
    }

    /** Reserves a logical id for {@code owner}, such as a table's resource or the API's. */
    public void reserve(String logicalId, String owner) {
        logicalIds.putIfAbsent(logicalId, owner);
    }

    /** Reserves a function name for {@code owner}, such as {@code api_handler} for the routes. */
    public void reserveName(String name, String owner) {
        names.putIfAbsent(name, owner);
    }

    /** Claims both names for the function of {@code method}; false, with the error reported, when one is taken. */
    public boolean claim(String name, String logicalId, Element method) {
        return claim(name, logicalId, method.getSimpleName() + "()", method, null, null);
    }

    /**
     * Claims both names for {@code owner}, such as the routes that name a function of their own; an error goes on
     * {@code element}, at {@code annotation}'s {@code value} when given.
     */
    public boolean claim(String name, String logicalId, String owner, Element element, AnnotationMirror annotation,
            AnnotationValue value) {
        String other = names.putIfAbsent(name, owner);
        if (other == null) {
            other = logicalIds.putIfAbsent(logicalId, owner);
        }
        if (other == null) {
            // A function may have a role of its own, named after it.
            other = logicalIds.putIfAbsent(logicalId + "Role", owner);
        }
        if (other != null) {
            report.error(ErrorMessages.duplicateFunction(name, other), element, annotation, value);
            return false;
        }
        return true;
    }
}
