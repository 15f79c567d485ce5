package dev.goblet.processor.validation;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a route method may return: nothing, a {@code Response}, or a value Jackson writes as JSON. Types that only
 * promise a value (futures, streams, {@code Optional}) are rejected with what to return instead.
 */
public final class ReturnTypeValidator {
    private final Elements elements;
    private final Types types;
    private final ValidationReport report;
    /** Looking a type up by name costs javac a parse of the name each time; every route asks for the same few. */
    private final Map<String, TypeElement> knownTypes = new HashMap<>();

    public ReturnTypeValidator(Elements elements, Types types, ValidationReport report) {
        this.elements = elements;
        this.types = types;
        this.report = report;
    }

    /** Whether a route can answer with what the method returns; reported on the method when not. */
    public boolean validate(ExecutableElement method) {
        TypeMirror type = method.getReturnType();
        String advice = type.getKind() == TypeKind.VOID ? null : advice(type);
        if (advice != null) {
            report.error(ErrorMessages.unsupportedReturnType(method.getSimpleName().toString(), type.toString(),
                    advice), method);
        }
        return advice == null;
    }

    /** Why a return type cannot make an answer, or null when it can. */
    private String advice(TypeMirror type) {
        if (isSubtype(type, "java.util.Optional")) {
            return "return the value itself, and throw NotFoundError when there is none.";
        }
        if (isSubtype(type, "java.util.concurrent.Future") || isSubtype(type, "java.util.concurrent.CompletionStage")) {
            return "a Lambda answers once its handler returns, so wait for the value and return it.";
        }
        if (isSubtype(type, "java.util.stream.BaseStream") || isSubtype(type, "java.util.Iterator")
                || isSubtype(type, "java.io.InputStream") || isSubtype(type, "java.io.Reader")) {
            return "collect it into a List (or read it into a byte[]) and return that.";
        }
        if (isSubtype(type, "java.lang.Throwable")) {
            return "throw it instead; an HttpError subclass sets the status.";
        }
        return null;
    }

    private boolean isSubtype(TypeMirror type, String qualifiedName) {
        TypeElement element = knownTypes.computeIfAbsent(qualifiedName, elements::getTypeElement);
        return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }
}
