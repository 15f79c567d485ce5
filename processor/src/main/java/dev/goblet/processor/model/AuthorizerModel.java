package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An authorizer routes can name in {@code @Authorized}: one record per kind, as Chalice's {@code IAMAuthorizer},
 * {@code CognitoUserPoolAuthorizer}, {@code CustomAuthorizer} and built-in {@code @app.authorizer}. Writers meet
 * it as a security scheme of the API first, and as its kind only where the kind matters.
 */
public sealed interface AuthorizerModel {
    /** The name routes use. */
    String name();

    /** The header that carries the caller's credentials. */
    String header();

    /** Its name among the API's security schemes: Chalice's {@code sigv4} for IAM, else its own. */
    default String schemeName() {
        return name();
    }

    /** Whether a route may ask it for scopes: only Cognito's tokens carry them. */
    default boolean takesScopes() {
        return false;
    }

    /** AWS IAM: the caller signs with SigV4. */
    record Iam() implements AuthorizerModel {
        @Override
        public String name() {
            return dev.goblet.Authorized.IAM;
        }

        @Override
        public String header() {
            return "Authorization";
        }

        @Override
        public String schemeName() {
            return "sigv4";
        }
    }

    /**
     * Cognito user pools: {@code @CognitoAuthorizer}.
     *
     * @param providerArns the user pools' ARNs, with {@code ${...}} substitutions as written
     */
    record Cognito(String name, List<String> providerArns, String header) implements AuthorizerModel {
        public Cognito {
            providerArns = List.copyOf(providerArns);
        }

        @Override
        public boolean takesScopes() {
            return true;
        }
    }

    /**
     * A token authorizer deployed elsewhere: {@code @CustomAuthorizer}.
     *
     * @param uri API Gateway's invocation URI of the function, with {@code ${...}} substitutions as written
     * @param invokeRoleArn the role API Gateway takes to invoke it, if any
     */
    record Custom(String name, String uri, int ttlSeconds, String header, Optional<String> invokeRoleArn)
            implements AuthorizerModel {
        /** API Gateway's invocation URI of a function given by ARN. */
        public static String uriOf(String functionArn) {
            return "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/" + functionArn
                    + "/invocations";
        }
    }

    /**
     * A built-in authorizer: an {@code @Authorizer} method of the app, deployed as its function {@code function}.
     *
     * @param executionRole the role API Gateway takes to invoke the function; without one the template gives API
     *     Gateway a permission on it
     */
    record BuiltIn(String name, String functionLogicalId, ClassRef entryPoint, int ttlSeconds, String header,
            Optional<String> executionRole) implements AuthorizerModel {
        /** Chalice's {@code <Id>InvokePermission}. */
        public String permissionId() {
            return functionLogicalId + "InvokePermission";
        }
    }
}
