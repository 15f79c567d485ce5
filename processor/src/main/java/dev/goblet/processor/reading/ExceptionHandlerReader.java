package dev.goblet.processor.reading;

import dev.goblet.ExceptionHandler;
import dev.goblet.HttpError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.ErrorModel;
import dev.goblet.processor.model.ExceptionHandlerModel;
import dev.goblet.processor.model.ExceptionHandlerModel.Answer;
import dev.goblet.processor.model.ExceptionHandlerModel.Argument;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an app's {@code @ExceptionHandler} methods into the API handler's {@code catch} clauses, most specific type
 * first: Java needs a subclass caught before its superclass, and that is the precedence users expect. Each rule a
 * method breaks is reported on it.
 */
final class ExceptionHandlerReader {
    private final Types types;
    private final ValidationReport report;
    private final JavadocReader javadoc;
    private final TypeMirror throwable;
    private final TypeMirror exception;
    private final TypeMirror error;
    private final TypeMirror httpError;
    private final TypeMirror request;
    private final TypeMirror response;

    ExceptionHandlerReader(Elements elements, Types types, ValidationReport report, JavadocReader javadoc) {
        this.types = types;
        this.report = report;
        this.javadoc = javadoc;
        this.throwable = type(elements, Throwable.class);
        this.exception = type(elements, Exception.class);
        this.error = type(elements, Error.class);
        this.httpError = type(elements, HttpError.class);
        this.request = type(elements, Request.class);
        this.response = type(elements, Response.class);
    }

    static boolean isExceptionHandler(ExecutableElement method) {
        return method.getAnnotation(ExceptionHandler.class) != null;
    }

    /** The clauses for {@code methods}, ordered; empty when one of them breaks a rule. */
    Optional<List<ExceptionHandlerModel>> read(List<ExecutableElement> methods) {
        boolean clean = true;
        // The declared type of each clause, by its name, with the method that first claimed it.
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (ExecutableElement method : methods) {
            Optional<List<Clause>> read = read(method);
            clean &= read.isPresent();
            for (Clause clause : read.orElse(List.of())) {
                Clause other = clauses.putIfAbsent(clause.type().toString(), clause);
                if (other != null) {
                    report.error(ErrorMessages.duplicateExceptionHandler(name(method), clause.type().toString(),
                            other.model().methodName()), method);
                    clean = false;
                }
            }
        }
        if (!clean) {
            return Optional.empty();
        }
        List<Clause> all = new ArrayList<>(clauses.values());
        boolean coversHttpErrors = all.stream().anyMatch(clause -> types.isSubtype(httpError, clause.type()));
        boolean handlesHttpError = all.stream().anyMatch(clause -> types.isSameType(httpError, clause.type()));
        if (coversHttpErrors && !handlesHttpError) {
            // An HttpError is the route's own answer: a handler of Exception or Throwable must not swallow it.
            all.add(new Clause(httpError, ExceptionHandlerModel.passThrough(classRef(httpError))));
        }
        return Optional.of(mostSpecificFirst(all));
    }

    /** The method's clauses, one per handled type; empty when the method breaks a rule. */
    private Optional<List<Clause>> read(ExecutableElement method) {
        String name = name(method);
        boolean clean = true;
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.exceptionHandlerNotPublic(name), method);
            clean = false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(ErrorMessages.exceptionHandlerStatic(name), method);
            clean = false;
        }
        Answer answer = answer(method);
        clean &= answer != null;
        List<Argument> arguments = new ArrayList<>();
        TypeMirror parameterType = null;
        for (VariableElement parameter : method.getParameters()) {
            TypeMirror type = parameter.asType();
            if (types.isSameType(type, request) && !arguments.contains(Argument.REQUEST)) {
                arguments.add(Argument.REQUEST);
            } else if (types.isSubtype(type, throwable) && parameterType == null) {
                arguments.add(Argument.EXCEPTION);
                parameterType = type;
            } else {
                parameterType = null;
                break;
            }
        }
        if (parameterType == null) {
            report.error(ErrorMessages.exceptionHandlerParameters(name, method.getParameters().stream()
                    .map(parameter -> parameter.asType().toString()).toList()), method);
            return Optional.empty();
        }
        List<TypeMirror> handled = handledTypes(method);
        if (handled.isEmpty()) {
            handled = List.of(parameterType);
        }
        List<Clause> clauses = new ArrayList<>();
        for (TypeMirror type : handled) {
            if (!types.isSubtype(type, parameterType)) {
                report.error(ErrorMessages.exceptionHandlerType(name, type.toString(), parameterType.toString()),
                        method);
                clean = false;
            } else if (!types.isSubtype(type, exception) && !types.isSubtype(type, error)
                    && !types.isSameType(type, throwable)) {
                report.error(ErrorMessages.exceptionHandlerCheckedThrowable(name, type.toString()), method);
                clean = false;
            } else if (answer != null) {
                clauses.add(new Clause(type, new ExceptionHandlerModel(classRef(type), name, arguments, answer,
                        Optional.of(documented(method, type, answer)))));
            }
        }
        return clean ? Optional.of(clauses) : Optional.empty();
    }

    /** A {@code Response} is the answer, an {@code HttpError} is thrown; anything else is reported. */
    private Answer answer(ExecutableElement method) {
        TypeMirror returned = method.getReturnType();
        if (types.isSameType(returned, response)) {
            return Answer.RESPONSE;
        }
        if (types.isSubtype(returned, httpError)) {
            return Answer.ERROR;
        }
        report.error(ErrorMessages.exceptionHandlerReturn(name(method), returned.toString()), method);
        return null;
    }

    /**
     * The answer the document gives for {@code handled}: a Goblet error's status and code when the method returns
     * one (a {@code ConflictError} is a 409), else the status the annotation gives (the {@code default} answer
     * without one); described by the method's Javadoc, else by the type it answers for.
     */
    private ErrorModel documented(ExecutableElement method, TypeMirror handled, Answer answer) {
        int declared = method.getAnnotation(ExceptionHandler.class).status();
        String handledName = types.asElement(handled).getSimpleName().toString();
        Optional<String> description = javadoc.read(method).summary()
                .or(() -> Optional.of("answered by " + name(method) + "() for " + handledName));
        if (answer == Answer.RESPONSE) {
            return new ErrorModel(declared, handledName, description, false);
        }
        TypeElement error = GobletErrors.of(types, method.getReturnType()).orElseThrow();
        int status = GobletErrors.status(error);
        return new ErrorModel(status == 0 ? declared : status, error.getSimpleName().toString(), description);
    }

    /** The types written in {@code @ExceptionHandler(...)}, in their order. */
    private static List<TypeMirror> handledTypes(ExecutableElement method) {
        List<TypeMirror> handled = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (!annotation.getQualifiedName().contentEquals(ExceptionHandler.class.getCanonicalName())) {
                continue;
            }
            mirror.getElementValues().forEach((member, value) -> {
                if (member.getSimpleName().contentEquals("value")) {
                    addTypes(value.getValue(), handled);
                }
            });
        }
        return handled;
    }

    private static void addTypes(Object value, List<TypeMirror> handled) {
        if (value instanceof TypeMirror type) {
            handled.add(type);
        } else if (value instanceof List<?> values) {
            values.forEach(item -> addTypes(((AnnotationValue) item).getValue(), handled));
        }
    }

    /**
     * Orders the clauses so that none comes after one for its supertype, keeping the declared order otherwise: each
     * step takes the first clause that no remaining clause is a subtype of.
     */
    private List<ExceptionHandlerModel> mostSpecificFirst(List<Clause> clauses) {
        List<Clause> remaining = new ArrayList<>(clauses);
        List<ExceptionHandlerModel> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Clause next = remaining.stream()
                    .filter(clause -> remaining.stream().noneMatch(other -> other != clause
                            && types.isSubtype(other.type(), clause.type())))
                    .findFirst()
                    .orElseThrow();
            remaining.remove(next);
            ordered.add(next.model());
        }
        return ordered;
    }

    private static ClassRef classRef(TypeMirror type) {
        return TypeRefs.classRef((TypeElement) ((DeclaredType) type).asElement());
    }

    private static TypeMirror type(Elements elements, Class<?> type) {
        return elements.getTypeElement(type.getCanonicalName()).asType();
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }

    /** A handled type and its clause. */
    private record Clause(TypeMirror type, ExceptionHandlerModel model) {}
}
