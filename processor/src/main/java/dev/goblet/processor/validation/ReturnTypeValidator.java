package dev.goblet.processor.validation;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a route method may return: nothing, a {@code Response}, or a value Jackson writes as JSON. Types that only
 * promise a value (futures, streams, {@code Optional}) are rejected with what to return instead, and so are classes
 * with nothing Jackson could write, which would compile and then fail every request.
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
        if (hasNoProperties(type)) {
            return "it has no property JSON could hold (no public getter, no public field, nothing annotated"
                    + " @JsonProperty or @JsonValue), so every request would fail when its answer is written. Make it"
                    + " a record, add public getters, or annotate what to write with @JsonProperty.";
        }
        return null;
    }

    /**
     * Whether Jackson would find nothing to write in a concrete class of the app's own: it then fails on every
     * answer at run time. Interfaces and abstract types are written by their runtime class, and types annotated
     * for Jackson say themselves how they are written, so neither is judged.
     */
    private boolean hasNoProperties(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)
                || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("com.fasterxml.")
                || name.equals("dev.goblet.Response")) {
            return false;
        }
        for (TypeElement at = element; at != null && !at.getQualifiedName().contentEquals("java.lang.Object");
                at = at.getSuperclass().getKind() == TypeKind.DECLARED
                        ? (TypeElement) types.asElement(at.getSuperclass()) : null) {
            if (annotatedForJackson(at)) {
                return false;
            }
            for (Element member : at.getEnclosedElements()) {
                if (annotatedForJackson(member) || isPublicProperty(member)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPublicProperty(Element member) {
        if (!member.getModifiers().contains(Modifier.PUBLIC) || member.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        if (member.getKind() == ElementKind.FIELD) {
            return true;
        }
        if (member.getKind() != ElementKind.METHOD) {
            return false;
        }
        ExecutableElement method = (ExecutableElement) member;
        String name = method.getSimpleName().toString();
        return method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
                && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
    }

    private static boolean annotatedForJackson(Element element) {
        return element.getAnnotationMirrors().stream().map(a -> a.getAnnotationType().toString())
                .anyMatch(a -> a.startsWith("com.fasterxml.jackson.annotation.")
                        || a.startsWith("com.fasterxml.jackson.databind.annotation."));
    }

    private boolean isSubtype(TypeMirror type, String qualifiedName) {
        TypeElement element = knownTypes.computeIfAbsent(qualifiedName, elements::getTypeElement);
        return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }
}
