package dev.goblet.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * @param audiences the app client ids an HTTP API's JWT authorizer accepts tokens of; empty when not given
     */
    record Cognito(String name, List<String> providerArns, String header, List<String> audiences)
            implements AuthorizerModel {
        private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*}");
        private static final Pattern USER_POOL_ARN = Pattern.compile(
                "arn:[^:]+:cognito-idp:([^:]+):[^:]+:userpool/([^/:]+)");

        public Cognito {
            providerArns = List.copyOf(providerArns);
            audiences = List.copyOf(audiences);
        }

        /**
         * The JWT issuer of a user pool given by ARN, {@code https://cognito-idp.<region>.<suffix>/<pool-id>}, with
         * the ARN's {@code ${...}} substitutions kept (so {@code ${AWS::Region}} stays one); empty when the text is
         * no user pool ARN.
         */
        public static Optional<String> issuer(String providerArn) {
            // ${AWS::Region} holds colons: set substitutions aside before splitting the ARN at its own.
            List<String> substitutions = new ArrayList<>();
            Matcher placeholders = SUBSTITUTION.matcher(providerArn);
            StringBuilder plain = new StringBuilder();
            while (placeholders.find()) {
                substitutions.add(placeholders.group());
                placeholders.appendReplacement(plain, "\0" + (substitutions.size() - 1) + "\0");
            }
            placeholders.appendTail(plain);
            Matcher arn = USER_POOL_ARN.matcher(plain);
            if (!arn.matches()) {
                return Optional.empty();
            }
            String issuer = "https://cognito-idp." + arn.group(1) + ".${AWS::URLSuffix}/" + arn.group(2);
            for (int i = 0; i < substitutions.size(); i++) {
                issuer = issuer.replace("\0" + i + "\0", substitutions.get(i));
            }
            return Optional.of(issuer);
        }

        /** A Cognito authorizer for REST APIs alone, without audiences. */
        public Cognito(String name, List<String> providerArns, String header) {
            this(name, providerArns, header, List.of());
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
