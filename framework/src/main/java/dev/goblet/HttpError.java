package dev.goblet;

/**
 * An error that answers the request with a status and Chalice's body {@code {"Code": ..., "Message": ...}}.
 *
 * <p>Throw one of the subclasses ({@link NotFoundError}, {@link ConflictError}, ...) from a handler, or this
 * class for a status without one. Any other exception becomes a 500 whose body reveals nothing of it.
 */
public class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public HttpError(int status, String code, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An HttpError's status must be 4xx or 5xx, not " + status);
        }
        this.status = status;
        this.code = code;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The {@code Code} of the error body, such as {@code NotFoundError}. */
    public String code() {
        return code;
    }
}
