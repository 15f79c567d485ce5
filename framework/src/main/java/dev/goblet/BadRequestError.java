package dev.goblet;

/** 400 Bad Request: the request is malformed or fails validation. */
public class BadRequestError extends HttpError {
    private static final long serialVersionUID = 1L;

    public BadRequestError(String message) {
        super(400, "BadRequestError", message);
    }
}
