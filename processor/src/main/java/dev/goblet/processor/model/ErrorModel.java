package dev.goblet.processor.model;

import java.util.Optional;

/**
 * An error answer a route declares by throwing an {@code HttpError} subclass.
 *
 * @param status its HTTP status
 * @param code the {@code Code} of the error body, such as {@code NotFoundError}
 * @param description when it happens, from the method's {@code @throws} Javadoc
 */
public record ErrorModel(int status, String code, Optional<String> description) {}
