package dev.goblet;

/** 429 Too Many Requests. */
public class TooManyRequestsError extends HttpError {
    private static final long serialVersionUID = 1L;

    public TooManyRequestsError(String message) {
        super(429, "TooManyRequestsError", message);
    }
}
