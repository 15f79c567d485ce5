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

    /** The header that carries the token. */
    String header() default "Authorization";
}
