package dev.goblet;

/** 415 Unsupported Media Type: the route does not accept the request's content type. */
public class UnsupportedMediaType extends HttpError {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaType(String message) {
        super(415, "UnsupportedMediaType", message);
    }
}
