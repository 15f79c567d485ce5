package dev.goblet;

/** 404 Not Found: no such resource. */
public class NotFoundError extends HttpError {
    private static final long serialVersionUID = 1L;

    public NotFoundError(String message) {
        super(404, "NotFoundError", message);
    }
}
