package dev.goblet.processor.reading;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Goblet's error classes and the status each answers with, as routes and exception handlers document them. */
final class GobletErrors {
    /** Goblet's errors by class, with the status each answers; a user's subclass answers its parent's status. */
    private static final Map<String, Integer> STATUSES = Map.ofEntries(
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

    private GobletErrors() {}

    /**
     * The Goblet error class {@code thrown} is or extends, which fixes its status; {@code HttpError} itself when the
     * class extends it directly (its status is only known at run time: status 0, the document's default answer).
     */
    static Optional<TypeElement> of(Types types, TypeMirror thrown) {
        for (TypeMirror type = thrown; type.getKind() == TypeKind.DECLARED;
                type = ((TypeElement) types.asElement(type)).getSuperclass()) {
            TypeElement element = (TypeElement) types.asElement(type);
            String name = element.getQualifiedName().toString();
            if (STATUSES.containsKey(name) || name.equals(HTTP_ERROR)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The status of one of Goblet's error classes; 0 for {@code HttpError}, whose status is the instance's. */
    static int status(TypeElement gobletError) {
        return STATUSES.getOrDefault(gobletError.getQualifiedName().toString(), 0);
    }
}
