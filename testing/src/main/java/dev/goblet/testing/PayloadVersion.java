package dev.goblet.testing;

import java.util.Locale;

/** The two shapes of API Gateway proxy event: REST APIs send payload 1.0, HTTP APIs 2.0 by default. */
public enum PayloadVersion {
    /** REST API (and HTTP API set to 1.0): multi-value headers and query parameters, {@code resource}. */
    REST_1_0("1.0"),
    /** HTTP API: lower-case headers joined by commas, {@code rawPath}, {@code routeKey}, {@code cookies}. */
    HTTP_2_0("2.0");

    private final String label;

    PayloadVersion(String label) {
        this.label = label;
    }

    /** The version as API Gateway writes it: {@code 1.0} or {@code 2.0}. */
    public String label() {
        return label;
    }

    /** {@code 1.0}, {@code 2.0}, {@code rest} or {@code http}, in any case. */
    public static PayloadVersion parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "1.0":
            case "1":
            case "rest":
                return REST_1_0;
            case "2.0":
            case "2":
            case "http":
                return HTTP_2_0;
            default:
                throw new IllegalArgumentException("Unknown payload version '" + text + "': use 1.0 or 2.0");
        }
    }
}
