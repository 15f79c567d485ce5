package dev.goblet;

import java.util.Map;

/**
 * What the route's authorizer said of the caller, from the event's {@code requestContext.authorizer} (Chalice's
 * {@code app.current_request.context['authorizer']}); empty values when the route has none.
 *
 * @param principalId who the caller is: a built-in or custom authorizer's principal, a token's {@code sub} claim,
 *     or the IAM caller's ARN; null when unknown
 * @param claims a Cognito or JWT token's claims, by name; empty for other authorizers
 * @param context the context a built-in or custom authorizer returned, by key
 */
public record AuthorizerContext(String principalId, Map<String, String> claims, Map<String, String> context) {
    /** No authorizer ran. */
    public static final AuthorizerContext NONE = new AuthorizerContext(null, Map.of(), Map.of());

    public AuthorizerContext {
        claims = Map.copyOf(claims);
        context = Map.copyOf(context);
    }
}
