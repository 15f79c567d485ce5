package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An authorizer of Cognito user pools, beside {@link App}, used by name in {@link Authorized}: Chalice's
 * {@code CognitoUserPoolAuthorizer(name, provider_arns, header)}. API Gateway checks the token and hands its
 * claims to the route ({@link Request#authorizer()}). One per app; its {@link #providerArns} may name several pools.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CognitoAuthorizer {
    /** Its name, as {@link Authorized} names it. */
    String name();

    /** The user pools' ARNs; {@code ${AWS::Region}} and {@code ${AWS::AccountId}} are substituted. */
    String[] providerArns();

    /**
     * The user pools' app client ids whose tokens the API takes, for an HTTP API ({@code api_type} {@code HTTP}):
     * its JWT authorizer checks a token's {@code aud} (ID tokens) or {@code client_id} (access tokens) against
     * them. A REST API's Cognito authorizer needs none. {@code ${...}} substitutions as in {@link #providerArns}.
     */
    String[] audiences() default {};

    /** The header that carries the token. */
    String header() default "Authorization";
}
