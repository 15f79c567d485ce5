package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.UnauthorizedError;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.internal.JsonBodies;

/**
 * The base of a built-in authorizer's entry point: API Gateway's token event in, an IAM policy out. The policy
 * allows {@code execute-api:Invoke} on the routes the {@link AuthResult} names, in the API and stage of the
 * request's method ARN; with none it denies every route. {@code UnauthorizedError} fails the invocation with
 * Lambda's {@code Unauthorized}, which API Gateway answers with a 401; anything else is logged and denies.
 */
public abstract class AuthorizerEntryPoint extends EventEntryPoint {
    /** Calls the app's authorizer method. */
    protected abstract AuthResult authorize(AuthRequest request, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) {
        AuthRequest request = new AuthRequest(event.path("type").asText("TOKEN"),
                event.path("authorizationToken").asText(null), event.path("methodArn").asText(""));
        AuthResult result;
        try {
            result = authorize(request, context);
        } catch (UnauthorizedError e) {
            throw new Unauthorized();
        } catch (Throwable e) {
            log(context, "Unhandled exception in authorizer " + functionName() + ", denied", e);
            result = AuthResult.deny("unknown");
        }
        return policy(result == null ? AuthResult.deny("unknown") : result, request.methodArn());
    }

    /** The policy API Gateway reads: principal, statement, context. */
    static ObjectNode policy(AuthResult result, String methodArn) {
        // arn:aws:execute-api:region:account:api/stage/METHOD/path: the routes are put after api/stage.
        String[] parts = methodArn.split(":", 6);
        String[] resource = parts.length == 6 ? parts[5].split("/", 3) : new String[0];
        String base = resource.length >= 2 ? String.join(":", java.util.Arrays.copyOf(parts, 5)) + ":" + resource[0]
                + "/" + resource[1] : "*";
        ObjectNode policy = JsonBodies.MAPPER.createObjectNode();
        policy.put("principalId", result.principalId() == null ? "unknown" : result.principalId());
        ObjectNode statement = policy.putObject("policyDocument").put("Version", "2012-10-17")
                .putArray("Statement").addObject().put("Action", "execute-api:Invoke");
        ArrayNode resources = JsonBodies.MAPPER.createArrayNode();
        for (String route : result.routes()) {
            int space = route.indexOf(' ');
            resources.add(base.equals("*") ? "*"
                    : base + "/" + route.substring(0, space) + "/" + arnPath(route.substring(space + 1)));
        }
        if (resources.isEmpty()) {
            statement.put("Effect", "Deny").putArray("Resource").add(base.equals("*") ? "*" : base + "/*");
        } else {
            statement.put("Effect", "Allow").set("Resource", resources);
        }
        ObjectNode context = policy.putObject("context");
        result.context().forEach(context::put);
        return policy;
    }

    /** {@code /users/{username}} as {@code users/*}: the path in an ARN, variables as wildcards. */
    static String arnPath(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.replaceAll("\\{[^}]*}", "*");
    }

    /** Lambda's error message that API Gateway answers with its 401. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("Unauthorized", null, false, false);
        }
    }
}
