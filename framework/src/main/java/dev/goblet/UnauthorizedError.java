package dev.goblet;

/** 401 Unauthorized: the caller is not authenticated. */
public class UnauthorizedError extends HttpError {
    private static final long serialVersionUID = 1L;

    public UnauthorizedError(String message) {
        super(401, "UnauthorizedError", message);
    }
}
