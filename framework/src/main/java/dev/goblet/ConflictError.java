package dev.goblet;

/** 409 Conflict: the request conflicts with the resource's state. */
public class ConflictError extends HttpError {
    private static final long serialVersionUID = 1L;

    public ConflictError(String message) {
        super(409, "ConflictError", message);
    }
}
