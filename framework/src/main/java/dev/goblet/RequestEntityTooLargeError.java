package dev.goblet;

/** 413 Payload Too Large. */
public class RequestEntityTooLargeError extends HttpError {
    private static final long serialVersionUID = 1L;

    public RequestEntityTooLargeError(String message) {
        super(413, "RequestEntityTooLargeError", message);
    }
}
