package dev.goblet.processor.model;

import java.util.Optional;

/**
 * An error answer of a route: one it declares by throwing an {@code HttpError} subclass, or one of the app's
 * exception handlers gives for what the route throws.
 *
 * @param status its HTTP status; 0 when only known at run time (the document's {@code default} answer)
 * @param code the {@code Code} of the error body, such as {@code NotFoundError}, or the exception a handler answers
 * @param description when it happens, from the method's {@code @throws} Javadoc or the handler's
 * @param errorBody whether its body is Goblet's {@code {"Code", "Message"}}; false for a handler's own
 *     {@code Response}, whose body the document cannot know
 */
public record ErrorModel(int status, String code, Optional<String> description, boolean errorBody) {
    /** An {@code HttpError}'s answer, in Goblet's error body. */
    public ErrorModel(int status, String code, Optional<String> description) {
        this(status, code, description, true);
    }
}
