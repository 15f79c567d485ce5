package dev.goblet;

import java.util.List;

/** 405 Method Not Allowed; the answer carries an {@code Allow} header listing the methods the path does answer. */
public class MethodNotAllowedError extends HttpError {
    private static final long serialVersionUID = 1L;

    private final List<String> allowed;

    public MethodNotAllowedError(String message, List<String> allowed) {
        super(405, "MethodNotAllowedError", message);
        this.allowed = List.copyOf(allowed);
    }

    /** The methods the path answers, for the {@code Allow} header. */
    public List<String> allowed() {
        return allowed;
    }
}
