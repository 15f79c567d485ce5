package dev.goblet.local;

import dev.goblet.testing.PayloadVersion;

/**
 * What the local server plays, as a stage's {@code api_type} deploys the app: a REST API (payload 1.0, a path no
 * route has is its 403), an HTTP API (payload 2.0, its own {@code {"message": ...}} errors: a path no route has is
 * a 404) or a function URL (payload 2.0 on the {@code $default} stage; every request reaches the function).
 */
public enum ApiKind {
    REST(PayloadVersion.REST_1_0),
    HTTP(PayloadVersion.HTTP_2_0),
    FUNCTION_URL(PayloadVersion.HTTP_2_0);

    private final PayloadVersion payload;

    ApiKind(PayloadVersion payload) {
        this.payload = payload;
    }

    /** The events this API sends its function. */
    public PayloadVersion payload() {
        return payload;
    }

    /** {@code REST}, {@code HTTP} or {@code FUNCTION_URL}, as the stage config writes it. */
    public static ApiKind parse(String text) {
        for (ApiKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown API type '" + text + "': use REST, HTTP or FUNCTION_URL");
    }
}
