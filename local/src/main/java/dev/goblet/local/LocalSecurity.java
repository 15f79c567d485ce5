package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.AppResources;
import dev.goblet.function.ApiRoute;
import dev.goblet.function.GobletFunction;
import dev.goblet.internal.GatewayError;
import dev.goblet.testing.InvocationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks what API Gateway checks before a protected route runs, from the app's {@code security.json}: a built-in
 * authorizer is run (its policy must allow the request's method ARN: a deny is a 403, its {@code Unauthorized} a
 * 401); a Cognito or JWT token is decoded <em>without verifying it</em>, as {@code chalice local} does, and said so
 * once; an IAM or custom authorizer's route is let through with a note, since neither can be played here; and a
 * route that requires an API key wants an {@code x-api-key}, any value unless the server is given one. A request
 * that passes gets the authorizer's say in its event's {@code requestContext.authorizer}.
 */
final class LocalSecurity {
    /** An app without protected routes. */
    static final LocalSecurity NONE = new LocalSecurity(null, null, null, null);
    /**
     * The one API key the server accepts, when set: the environment's {@code GOBLET_API_KEY} (which
     * {@code goblet:local} passes to the server it forks), or {@code -Dgoblet.apiKey=...} on the server's own JVM;
     * else any key.
     */
    static String configuredApiKey() {
        String key = System.getProperty("goblet.apiKey");
        return key != null ? key : System.getenv("GOBLET_API_KEY");
    }

    private static final String LOCAL_ACCOUNT = "arn:aws:execute-api:local:000000000000:local";

    /** What the check decided: the gateway's error answer, or the authorizer's say for the event (may be null). */
    record Decision(GatewayError error, ObjectNode authorizer) {
        boolean allowed() {
            return error == null;
        }
    }

    private final JsonNode index;
    private final ClassLoader loader;
    private final PrintStream log;
    private final String apiKey;
    private final Map<String, GobletFunction> builtIns = new ConcurrentHashMap<>();
    private final Set<String> noted = ConcurrentHashMap.newKeySet();

    private LocalSecurity(JsonNode index, ClassLoader loader, PrintStream log, String apiKey) {
        this.index = index;
        this.loader = loader;
        this.log = log;
        this.apiKey = apiKey;
    }

    /** The app's security, or {@link #NONE} when its build wrote none (no route is protected). */
    static LocalSecurity load(String appName, ClassLoader loader, PrintStream log, String apiKey) {
        try (InputStream in = loader.getResourceAsStream(AppResources.security(appName))) {
            if (in == null) {
                return NONE;
            }
            return new LocalSecurity(GatewayAnswer.JSON.readTree(in), loader, log, apiKey);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + AppResources.security(appName), e);
        }
    }

    /**
     * Whether API Gateway would let the request reach its route.
     *
     * @param header the request's header by name, ignoring case; null when absent
     */
    Decision check(ApiRoute.Match match, String path, String stage, Function<String, String> header) {
        if (index == null) {
            return new Decision(null, null);
        }
        JsonNode route = route(match.route());
        if (route == null) {
            return new Decision(null, null);
        }
        ObjectNode said = null;
        String name = route.path("authorizer").asText(null);
        if (name != null) {
            JsonNode authorizer = authorizer(name);
            String credentials = header.apply(authorizer.path("header").asText("Authorization"));
            Decision decision = switch (authorizer.path("kind").asText()) {
                case "iam" -> noted("iam", "NOTE: " + match.route().method() + " " + match.route().template()
                        + " is behind IAM: the local server lets it through without checking a SigV4 signature,"
                        + " which the deployed API requires.");
                case "custom" -> credentials == null ? denied(GatewayError.UNAUTHORIZED)
                        : noted("custom:" + name, "NOTE: the custom authorizer '" + name + "' is a function deployed"
                        + " elsewhere: the local server lets any token through to its routes.");
                case "cognito" -> token(credentials, route.path("scopes"));
                case "builtin" -> builtIn(authorizer, credentials, match, path, stage);
                default -> new Decision(null, null);
            };
            if (!decision.allowed()) {
                return decision;
            }
            said = decision.authorizer();
        }
        if (route.path("apiKeyRequired").asBoolean()) {
            String key = header.apply("x-api-key");
            if (key == null || key.isBlank() || (apiKey != null && !apiKey.equals(key))) {
                return denied(GatewayError.INVALID_API_KEY);
            }
        }
        return new Decision(null, said);
    }

    /**
     * Puts the authorizer's say where API Gateway puts it: {@code requestContext.authorizer} of a REST event; of an
     * HTTP API event, its {@code jwt} (claims) or {@code lambda} (principal and context).
     */
    static void putInto(ObjectNode event, ObjectNode authorizer, boolean rest) {
        ObjectNode context = event.has("requestContext") ? (ObjectNode) event.get("requestContext")
                : event.putObject("requestContext");
        if (rest) {
            context.set("authorizer", authorizer);
        } else if (authorizer.has("claims")) {
            context.putObject("authorizer").putObject("jwt").set("claims", authorizer.get("claims"));
        } else {
            context.putObject("authorizer").set("lambda", authorizer);
        }
    }

    private JsonNode route(ApiRoute route) {
        for (JsonNode candidate : index.path("routes")) {
            if (candidate.path("method").asText().equals(route.method().name())
                    && candidate.path("path").asText().equals(route.template())) {
                return candidate;
            }
        }
        return null;
    }

    private JsonNode authorizer(String name) {
        for (JsonNode authorizer : index.path("authorizers")) {
            if (authorizer.path("name").asText().equals(name)) {
                return authorizer;
            }
        }
        throw new IllegalStateException("security.json names no authorizer " + name + ": rebuild the app");
    }

    /** A Cognito or JWT token: its claims, unverified; its {@code scope} claim must hold one of the route's scopes. */
    private Decision token(String credentials, JsonNode scopes) {
        noted("jwt", "WARNING: the local server decodes Cognito and JWT tokens WITHOUT verifying their signature or"
                + " expiry, as chalice local does: any well-formed token passes. The deployed API verifies them.");
        if (credentials == null) {
            return denied(GatewayError.UNAUTHORIZED);
        }
        Optional<JsonNode> claims = claims(credentials);
        if (claims.isEmpty()) {
            return denied(GatewayError.UNAUTHORIZED);
        }
        if (!scopes.isEmpty()) {
            List<String> held = List.of(claims.get().path("scope").asText("").split(" "));
            boolean any = false;
            for (JsonNode scope : scopes) {
                any |= held.contains(scope.asText());
            }
            if (!any) {
                return denied(GatewayError.UNAUTHORIZED);
            }
        }
        ObjectNode authorizer = GatewayAnswer.JSON.createObjectNode();
        ObjectNode written = authorizer.putObject("claims");
        claims.get().fields().forEachRemaining(field -> written.put(field.getKey(), field.getValue().isTextual()
                ? field.getValue().asText() : field.getValue().toString()));
        return new Decision(null, authorizer);
    }

    /** The payload of {@code [Bearer ]header.payload.signature}, when it is one. */
    static Optional<JsonNode> claims(String credentials) {
        String token = credentials.regionMatches(true, 0, "Bearer ", 0, 7) ? credentials.substring(7).trim()
                : credentials.trim();
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = GatewayAnswer.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return payload != null && payload.isObject() ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** Runs the app's authorizer function, as API Gateway would, and reads its policy. */
    private Decision builtIn(JsonNode authorizer, String credentials, ApiRoute.Match match, String path,
            String stage) {
        if (credentials == null) {
            return denied(GatewayError.UNAUTHORIZED);
        }
        String methodArn = LOCAL_ACCOUNT + "/" + stage + "/" + match.route().method() + path;
        ObjectNode event = GatewayAnswer.JSON.createObjectNode().put("type", "TOKEN")
                .put("authorizationToken", credentials).put("methodArn", methodArn);
        String handler = authorizer.path("handler").asText();
        GobletFunction function = builtIns.computeIfAbsent(handler,
                name -> EntryPoints.load(name, loader, GobletFunction.class));
        JsonNode policy;
        try {
            policy = function.handleEvent(event, InvocationContext.of("local-authorizer", function.functionName(),
                    log));
        } catch (RuntimeException e) {
            return denied("Unauthorized".equals(e.getMessage()) ? GatewayError.UNAUTHORIZED
                    : GatewayError.DEFAULT_5XX);
        }
        if (!allows(policy.path("policyDocument"), methodArn)) {
            return denied(GatewayError.ACCESS_DENIED);
        }
        ObjectNode said = GatewayAnswer.JSON.createObjectNode();
        said.put("principalId", policy.path("principalId").asText());
        policy.path("context").fields().forEachRemaining(field -> said.set(field.getKey(), field.getValue()));
        return new Decision(null, said);
    }

    /** IAM's rule: some Allow statement's resource matches, and no Deny's does. */
    static boolean allows(JsonNode document, String arn) {
        boolean allowed = false;
        for (JsonNode statement : document.path("Statement")) {
            boolean matches = false;
            JsonNode resources = statement.path("Resource");
            for (JsonNode resource : resources.isArray() ? resources : List.of(resources)) {
                matches |= glob(resource.asText()).matcher(arn).matches();
            }
            if (matches && statement.path("Effect").asText().equals("Deny")) {
                return false;
            }
            allowed |= matches && statement.path("Effect").asText().equals("Allow");
        }
        return allowed;
    }

    private static Pattern glob(String resource) {
        StringBuilder regex = new StringBuilder();
        for (char c : resource.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private Decision noted(String key, String note) {
        if (noted.add(key) && log != null) {
            log.println(note);
        }
        return new Decision(null, null);
    }

    private static Decision denied(GatewayError error) {
        return new Decision(error, null);
    }

}
