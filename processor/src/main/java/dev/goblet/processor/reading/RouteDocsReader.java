package dev.goblet.processor.reading;

import static dev.goblet.processor.reading.AnnotationLookup.OPERATION;
import static dev.goblet.processor.reading.AnnotationLookup.TAG;
import static dev.goblet.processor.reading.AnnotationLookup.TAGS;

import dev.goblet.processor.model.ErrorModel;
import dev.goblet.processor.model.OperationDocs;
import dev.goblet.processor.model.TagModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads how a route is documented: its Javadoc, swagger's {@code @Operation} and {@code @Tag} when present, and the
 * error answers its {@code throws} clause declares.
 */
final class RouteDocsReader {
    /** Goblet's errors by class, with the status each answers; a user's subclass answers its parent's status. */
    private static final Map<String, Integer> ERROR_STATUSES = Map.ofEntries(
            Map.entry("dev.goblet.BadRequestError", 400),
            Map.entry("dev.goblet.UnauthorizedError", 401),
            Map.entry("dev.goblet.ForbiddenError", 403),
            Map.entry("dev.goblet.NotFoundError", 404),
            Map.entry("dev.goblet.MethodNotAllowedError", 405),
            Map.entry("dev.goblet.RequestTimeoutError", 408),
            Map.entry("dev.goblet.ConflictError", 409),
            Map.entry("dev.goblet.RequestEntityTooLargeError", 413),
            Map.entry("dev.goblet.UnsupportedMediaType", 415),
            Map.entry("dev.goblet.UnprocessableEntityError", 422),
            Map.entry("dev.goblet.TooManyRequestsError", 429));
    private static final String HTTP_ERROR = "dev.goblet.HttpError";

    private final Types types;
    private final ThrownErrors bodies;

    RouteDocsReader(Types types, ThrownErrors bodies) {
        this.types = types;
        this.bodies = bodies;
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

    /** The error answers of the {@code HttpError} subclasses in the method's {@code throws}, in declared order. */
    /** The errors the {@code throws} clause declares, then those the body creates ({@link ThrownErrors}). */
    List<ErrorModel> errors(ExecutableElement method, DocComment doc) {
        Set<TypeMirror> thrown = new LinkedHashSet<>(method.getThrownTypes());
        bodies.of(method).forEach(error -> thrown.add(error.asType()));
        Set<ErrorModel> errors = new LinkedHashSet<>();
        for (TypeMirror error : thrown) {
            Optional<String> description = Optional.ofNullable(
                    doc.throwsBySimpleName().get(types.asElement(error).getSimpleName().toString()));
            goblet(error).ifPresent(known -> errors.add(new ErrorModel(
                    ERROR_STATUSES.getOrDefault(known.getQualifiedName().toString(), 0),
                    known.getSimpleName().toString(), description)));
        }
        return List.copyOf(errors);
    }

    /**
     * The Goblet error class {@code thrown} is or extends, which fixes its status; {@code HttpError} itself when the
     * class extends it directly (its status is only known at run time: status 0, the document's default answer).
     */
    private Optional<TypeElement> goblet(TypeMirror thrown) {
        for (TypeMirror type = thrown; type.getKind() == TypeKind.DECLARED;
                type = ((TypeElement) types.asElement(type)).getSuperclass()) {
            TypeElement element = (TypeElement) types.asElement(type);
            String name = element.getQualifiedName().toString();
            if (ERROR_STATUSES.containsKey(name) || name.equals(HTTP_ERROR)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static List<AnnotationMirror> tagMirrors(Element element) {
        List<AnnotationMirror> tags = new ArrayList<>();
        AnnotationLookup.find(element, TAG).ifPresent(tags::add);
        AnnotationLookup.find(element, TAGS).ifPresent(t -> tags.addAll(AnnotationLookup.annotations(t, "value")));
        return tags;
    }
}
