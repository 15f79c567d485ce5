package dev.goblet.internal;

/**
 * The errors API Gateway answers itself, before or instead of the function, each with the Chalice error code Goblet
 * gives it: the template's gateway responses and the local server's own answers both come from this list, so the
 * deployed API and the local one say the same thing.
 */
public enum GatewayError {
    /** A REST API's answer to a path or method no route has. */
    MISSING_AUTHENTICATION_TOKEN(403, "MissingAuthenticationTokenError", "Missing Authentication Token"),
    /** The request validator found the body does not match its schema. */
    BAD_REQUEST_BODY(400, "BadRequestError", "Invalid request body"),
    /** The request validator found a required parameter missing. */
    BAD_REQUEST_PARAMETERS(400, "BadRequestError", "Invalid request parameters"),
    UNAUTHORIZED(401, "UnauthorizedError", "Unauthorized"),
    ACCESS_DENIED(403, "ForbiddenError", "User is not authorized to access this resource"),
    INVALID_API_KEY(403, "ForbiddenError", "Forbidden"),
    /** An IAM route's SigV4 signature does not match, or its credentials have expired. */
    INVALID_SIGNATURE(403, "ForbiddenError", "Forbidden"),
    EXPIRED_TOKEN(403, "ForbiddenError", "Forbidden"),
    THROTTLED(429, "TooManyRequestsError", "Too Many Requests"),
    QUOTA_EXCEEDED(429, "TooManyRequestsError", "Limit Exceeded"),
    REQUEST_TOO_LARGE(413, "RequestEntityTooLargeError", "Request Too Long"),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "Unsupported Media Type"),
    INTEGRATION_TIMEOUT(504, "GatewayTimeoutError", "Endpoint request timed out"),
    /** Any other error API Gateway answers with a 4xx. */
    DEFAULT_4XX(0, "BadRequestError", "Bad Request"),
    /** Any other error API Gateway answers with a 5xx, such as a function that failed. */
    DEFAULT_5XX(0, "InternalServerError", "Internal server error");

    private final int status;
    private final String code;
    private final String message;

    GatewayError(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    /** The status API Gateway answers with; 0 for the defaults, which keep the status of the error they cover. */
    public int status() {
        return status;
    }

    /** The error's {@code Code} in Chalice's body. */
    public String code() {
        return code;
    }

    /** API Gateway's own message for it, the {@code Message} in Chalice's body. */
    public String message() {
        return message;
    }
}
