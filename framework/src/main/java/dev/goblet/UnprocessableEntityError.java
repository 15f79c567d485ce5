package dev.goblet;

/** 422 Unprocessable Entity: well-formed but semantically wrong. */
public class UnprocessableEntityError extends HttpError {
    private static final long serialVersionUID = 1L;

    public UnprocessableEntityError(String message) {
        super(422, "UnprocessableEntityError", message);
    }
}
