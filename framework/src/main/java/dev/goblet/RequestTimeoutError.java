package dev.goblet;

/** 408 Request Timeout. */
public class RequestTimeoutError extends HttpError {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutError(String message) {
        super(408, "RequestTimeoutError", message);
    }
}
