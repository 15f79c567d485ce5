package dev.goblet.processor.reading;

import dev.goblet.Middleware;
import dev.goblet.Route;
import dev.goblet.event.EventCall;
import dev.goblet.event.EventMiddleware;
import dev.goblet.event.NextEvent;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the app's {@code @EventMiddleware} methods, {@code public JsonNode name(EventCall call, NextEvent next)},
 * and says which of them cover an event function: those of its kind and those of {@code ALL}, in declaration order.
 */
final class EventMiddlewareReader {
    private final Elements elements;
    private final Types types;
    private final ValidationReport report;
    /** Each sound method's name and the kinds it covers, in declaration order. */
    private final List<Covering> read = new ArrayList<>();

    private record Covering(String method, Set<String> kinds) {}

    EventMiddlewareReader(Elements elements, Types types, ValidationReport report) {
        this.elements = elements;
        this.types = types;
        this.report = report;
    }

    /** Whether the method has {@code @EventMiddleware}. */
    static boolean isEventMiddleware(ExecutableElement method) {
        return method.getAnnotation(EventMiddleware.class) != null;
    }

    /** Reads one method; false, with the error reported, when its signature is not an event middleware's. */
    boolean read(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        boolean sound = method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC)
                && method.getAnnotation(Route.class) == null
                && method.getAnnotation(Middleware.class) == null
                && !ExceptionHandlerReader.isExceptionHandler(method)
                && !EventFunctionReader.isFunction(method)
                && is(method.getReturnType(), "com.fasterxml.jackson.databind.JsonNode")
                && parameters.size() == 2
                && is(parameters.get(0).asType(), EventCall.class.getCanonicalName())
                && is(parameters.get(1).asType(), NextEvent.class.getCanonicalName());
        if (!sound) {
            report.error(ErrorMessages.eventMiddlewareSignature(method.getSimpleName().toString()), method);
            return false;
        }
        read.add(new Covering(method.getSimpleName().toString(),
                Arrays.stream(method.getAnnotation(EventMiddleware.class).value()).map(Enum::name)
                        .collect(Collectors.toSet())));
        return true;
    }

    /**
     * Whether {@code type} is the class named; false when the app's classpath lacks it (an app without goblet-events
     * or jackson-databind), which then has no event middleware to read.
     */
    private boolean is(TypeMirror type, String className) {
        TypeElement element = elements.getTypeElement(className);
        return element != null && types.isSameType(type, element.asType());
    }

    /** The function inside the middleware that covers it; an authorizer, which no kind names, inside none. */
    EventFunctionModel wrap(EventFunctionModel function) {
        String kind = function.middlewareKind();
        if (kind.isEmpty()) {
            return function;
        }
        List<String> covering = read.stream()
                .filter(m -> m.kinds().contains(kind) || m.kinds().contains(EventMiddleware.Kind.ALL.name()))
                .map(Covering::method).collect(Collectors.toList());
        return covering.isEmpty() ? function : function.withMiddleware(covering);
    }
}
