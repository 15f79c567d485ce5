package dev.goblet.processor.reading;

import dev.goblet.Next;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Middleware} method: {@code public Response name(Request request, Next next)}, and nothing else. */
final class MiddlewareReader {
    private final Types types;
    private final ValidationReport report;
    private final TypeMirror request;
    private final TypeMirror response;
    private final TypeMirror next;

    MiddlewareReader(Elements elements, Types types, ValidationReport report) {
        this.types = types;
        this.report = report;
        this.request = elements.getTypeElement(Request.class.getCanonicalName()).asType();
        this.response = elements.getTypeElement(Response.class.getCanonicalName()).asType();
        this.next = elements.getTypeElement(Next.class.getCanonicalName()).asType();
    }

    /** The method's name, or empty when its signature is not a middleware's. */
    Optional<String> read(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        boolean sound = method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC)
                && method.getAnnotation(Route.class) == null
                && !ExceptionHandlerReader.isExceptionHandler(method)
                && !EventFunctionReader.isFunction(method)
                && types.isSameType(method.getReturnType(), response)
                && parameters.size() == 2
                && types.isSameType(parameters.get(0).asType(), request)
                && types.isSameType(parameters.get(1).asType(), next);
        if (!sound) {
            report.error(ErrorMessages.middlewareSignature(method.getSimpleName().toString()), method);
            return Optional.empty();
        }
        return Optional.of(method.getSimpleName().toString());
    }
}
