package dev.goblet.processor.reading;

import static dev.goblet.processor.reading.AnnotationLookup.OPERATION;
import static dev.goblet.processor.reading.AnnotationLookup.TAG;
import static dev.goblet.processor.reading.AnnotationLookup.TAGS;

import dev.goblet.processor.model.ErrorModel;
import dev.goblet.processor.model.ExceptionHandlerModel;
import dev.goblet.processor.model.OperationDocs;
import dev.goblet.processor.model.TagModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads how a route is documented: its Javadoc, swagger's {@code @Operation} and {@code @Tag} when present, the
 * error answers its {@code throws} clause declares or its body creates, and those of the app's exception handlers.
 */
final class RouteDocsReader {
    private final Elements elements;
    private final Types types;
    private final ThrownErrors bodies;
    private final TypeMirror runtimeException;

    /** The app's exception handlers, most specific first, with the types they take; set per app. */
    private List<Handler> handlers = List.of();

    RouteDocsReader(Elements elements, Types types, ThrownErrors bodies) {
        this.elements = elements;
        this.types = types;
        this.bodies = bodies;
        this.runtimeException = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    }

    /** An exception handler and the type it takes. */
    private record Handler(TypeMirror type, ExceptionHandlerModel model) {}

    /** Documents, on the routes read from now on, the answers of {@code exceptionHandlers}, most specific first. */
    void answeredBy(List<ExceptionHandlerModel> exceptionHandlers) {
        handlers = exceptionHandlers.stream().map(handler -> new Handler(types.erasure(elements.getTypeElement(
                handler.exceptionType().canonicalName()).asType()), handler)).toList();
    }

    /** The tags an app class declares; each also tags every route of the class, as swagger's own reader does. */
    List<TagModel> tags(TypeElement type) {
        List<TagModel> tags = new ArrayList<>();
        for (AnnotationMirror tag : tagMirrors(type)) {
            AnnotationLookup.string(tag, "name").ifPresent(name ->
                    tags.add(new TagModel(name, AnnotationLookup.string(tag, "description"))));
        }
        return tags;
    }

    OperationDocs operation(ExecutableElement method, DocComment doc, List<TagModel> classTags) {
        Optional<AnnotationMirror> operation = AnnotationLookup.find(method, OPERATION);
        Set<String> tags = new LinkedHashSet<>();
        operation.ifPresent(o -> tags.addAll(AnnotationLookup.strings(o, "tags")));
        for (AnnotationMirror tag : tagMirrors(method)) {
            AnnotationLookup.string(tag, "name").ifPresent(tags::add);
        }
        classTags.forEach(tag -> tags.add(tag.name()));
        boolean deprecated = method.getAnnotation(Deprecated.class) != null
                || operation.flatMap(o -> AnnotationLookup.bool(o, "deprecated")).orElse(false);
        return new OperationDocs(
                operation.flatMap(o -> AnnotationLookup.string(o, "summary")).or(doc::summary),
                operation.flatMap(o -> AnnotationLookup.string(o, "description")).or(doc::body),
                operation.flatMap(o -> AnnotationLookup.string(o, "operationId"))
                        .orElse(method.getSimpleName().toString()),
                List.copyOf(tags),
                doc.returns(),
                deprecated,
                operation.flatMap(o -> AnnotationLookup.bool(o, "hidden")).orElse(false));
    }

    /**
     * The errors the {@code throws} clause declares, then those the body creates ({@link ThrownErrors}), then the
     * answers of the app's exception handlers for what it throws.
     */
    List<ErrorModel> errors(ExecutableElement method, DocComment doc) {
        Set<TypeMirror> thrown = new LinkedHashSet<>(method.getThrownTypes());
        bodies.of(method).forEach(error -> thrown.add(error.asType()));
        Set<ErrorModel> errors = new LinkedHashSet<>();
        for (TypeMirror error : thrown) {
            Optional<String> description = Optional.ofNullable(
                    doc.throwsBySimpleName().get(types.asElement(error).getSimpleName().toString()));
            GobletErrors.of(types, error).ifPresent(known -> errors.add(new ErrorModel(GobletErrors.status(known),
                    known.getSimpleName().toString(), description)));
        }
        errors.addAll(handlerAnswers(thrown));
        return List.copyOf(errors);
    }

    /**
     * The exception handlers' answers for {@code thrown}, and for the unchecked exception any route may throw: each
     * type answered by the handler that would take it, the first in the handlers' order (most specific first) whose
     * type it extends.
     */
    private List<ErrorModel> handlerAnswers(Set<TypeMirror> thrown) {
        if (handlers.isEmpty()) {
            return List.of();
        }
        Set<TypeMirror> answered = new LinkedHashSet<>(thrown);
        answered.add(runtimeException);
        Set<ErrorModel> answers = new LinkedHashSet<>();
        for (TypeMirror type : answered) {
            handlers.stream().filter(handler -> types.isSubtype(types.erasure(type), handler.type())).findFirst()
                    .flatMap(handler -> handler.model().documented()).ifPresent(answers::add);
        }
        return List.copyOf(answers);
    }

    private static List<AnnotationMirror> tagMirrors(Element element) {
        List<AnnotationMirror> tags = new ArrayList<>();
        AnnotationLookup.find(element, TAG).ifPresent(tags::add);
        AnnotationLookup.find(element, TAGS).ifPresent(t -> tags.addAll(AnnotationLookup.annotations(t, "value")));
        return tags;
    }
}
