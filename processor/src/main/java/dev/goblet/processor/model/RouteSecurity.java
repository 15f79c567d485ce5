package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * Who may call a route: its authorizer and the scopes it asks, and whether API Gateway wants an API key; from
 * {@code @Authorized} and {@code @ApiKeyRequired} on the route, else beside {@code @App}.
 *
 * @param authorizer the authorizer's name; empty for a public route
 * @param scopes the OAuth scopes asked of a Cognito token, any one of them
 * @param apiKeyRequired whether calls need an {@code x-api-key}
 */
public record RouteSecurity(Optional<String> authorizer, List<String> scopes, boolean apiKeyRequired) {
    /** A public route. */
    public static final RouteSecurity NONE = new RouteSecurity(Optional.empty(), List.of(), false);

    public RouteSecurity {
        scopes = List.copyOf(scopes);
    }

    /** Whether API Gateway checks anything before the route runs. */
    public boolean isProtected() {
        return authorizer.isPresent() || apiKeyRequired;
    }
}
