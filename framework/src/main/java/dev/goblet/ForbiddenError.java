package dev.goblet;

/** 403 Forbidden: the caller may not do this. */
public class ForbiddenError extends HttpError {
    private static final long serialVersionUID = 1L;

    public ForbiddenError(String message) {
        super(403, "ForbiddenError", message);
    }
}
