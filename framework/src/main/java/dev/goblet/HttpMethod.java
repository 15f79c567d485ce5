package dev.goblet;

/** The HTTP methods a {@link Route} can answer. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS;

    /** Whether a request of this method may carry a body that a handler binds. */
    public boolean allowsBody() {
        return this != GET && this != HEAD;
    }
}
