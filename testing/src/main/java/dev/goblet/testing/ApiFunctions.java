package dev.goblet.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import dev.goblet.function.GobletFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The functions that serve one app's API, seen as API Gateway sees them: one API, whose every request goes to the
 * function that serves its route. An app whose routes all run in {@code api_handler} has one; each
 * {@code @Route(function = ...)} adds one. The test client and the local server send every request through this, so
 * that a route runs in the function it runs in when deployed.
 *
 * <p>A route is chosen as API Gateway chooses it: of the routes of all functions that match the path, a literal
 * segment wins over a variable, and a variable over a greedy {@code {name+}}. A request no route takes (a missing
 * path or method, a CORS preflight) goes to the function that has routes at its path, else to {@code api_handler},
 * which answers it as the API would.
 */
public final class ApiFunctions implements ApiFunction {
    private final List<ApiFunction> functions;

    private ApiFunctions(List<ApiFunction> functions) {
        this.functions = functions;
    }

    /**
     * The API of {@code functions}, the API functions of one app; the one function itself when there is one.
     *
     * @throws IllegalArgumentException when none is given, or they are of different apps or share a name
     */
    public static ApiFunction of(List<? extends ApiFunction> functions) {
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("Give the app's API handler, such as new UsersApiHandler()");
        }
        if (functions.size() == 1) {
            return functions.get(0);
        }
        if (functions.stream().map(GobletFunction::appName).distinct().count() != 1) {
            throw new IllegalArgumentException("The API functions given are of different apps: "
                    + functions.stream().map(GobletFunction::appName).distinct().toList());
        }
        if (functions.stream().map(GobletFunction::functionName).distinct().count() != functions.size()) {
            throw new IllegalArgumentException("Two of the API functions given have the same name");
        }
        List<ApiFunction> ordered = new ArrayList<>(functions);
        // api_handler first: it answers what no function's route takes.
        ordered.sort(Comparator.comparing(function -> !function.functionName().equals(API_HANDLER)));
        return new ApiFunctions(List.copyOf(ordered));
    }

    /** The function API Gateway sends {@code method} on the raw {@code path} to. */
    public ApiFunction owner(String method, String path) {
        ApiFunction best = null;
        String bestTemplate = null;
        for (ApiFunction function : functions) {
            Optional<ApiRoute.Match> match = function.match(method, path);
            if (match.isPresent() && (best == null
                    || moreSpecific(match.get().route().template(), bestTemplate))) {
                best = function;
                bestTemplate = match.get().route().template();
            }
        }
        if (best != null) {
            return best;
        }
        return functions.stream().filter(function -> function.hasPath(path)).findFirst().orElse(functions.get(0));
    }

    /** Whether {@code template} wins over {@code other} where both match: at the first segment that differs in kind. */
    static boolean moreSpecific(String template, String other) {
        String[] segments = template.split("/", -1);
        String[] others = other.split("/", -1);
        for (int i = 0; i < Math.min(segments.length, others.length); i++) {
            int rank = rank(segments[i]);
            int otherRank = rank(others[i]);
            if (rank != otherRank) {
                return rank < otherRank;
            }
        }
        return segments.length > others.length;
    }

    private static int rank(String segment) {
        if (segment.startsWith("{") && segment.endsWith("+}")) {
            return 2;
        }
        return segment.startsWith("{") ? 1 : 0;
    }

    /** The functions, {@code api_handler} first when it is one of them. */
    public List<ApiFunction> functions() {
        return functions;
    }

    @Override
    public String appName() {
        return functions.get(0).appName();
    }

    @Override
    public String functionName() {
        return functions.get(0).functionName();
    }

    @Override
    public List<ApiRoute> routes() {
        List<ApiRoute> all = new ArrayList<>();
        functions.forEach(function -> all.addAll(function.routes()));
        return List.copyOf(all);
    }

    @Override
    public Optional<ApiRoute.Match> match(String method, String path) {
        return owner(method, path).match(method, path);
    }

    @Override
    public boolean hasPath(String path) {
        return functions.stream().anyMatch(function -> function.hasPath(path));
    }

    /**
     * Sends the proxy event to the function whose route it takes, by the event's method and path; a test or local
     * context then names that function, as Lambda's would.
     */
    @Override
    public JsonNode handleEvent(JsonNode event, Context context) {
        ApiFunction owner = owner(event);
        return owner.handleEvent(event, context instanceof InvocationContext invocation
                ? invocation.forFunction(owner.functionName()) : context);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event;
        try {
            event = TestJson.MAPPER.readTree(input);
        } catch (IOException e) {
            event = null;
        }
        TestJson.MAPPER.writeValue(output, handleEvent(event, context));
    }

    /**
     * A REST API event's {@code httpMethod} and {@code path}, or an HTTP API event's method and raw path without its
     * named stage, as the entry point reads them.
     */
    private ApiFunction owner(JsonNode event) {
        if (event == null || !event.isObject()) {
            return functions.get(0);
        }
        if (event.hasNonNull("httpMethod")) {
            return owner(event.path("httpMethod").asText(), event.path("path").asText("/"));
        }
        JsonNode context = event.path("requestContext");
        String path = event.path("rawPath").asText("/");
        String stage = "/" + context.path("stage").asText("$default");
        if (path.equals(stage)) {
            path = "/";
        } else if (path.startsWith(stage + "/")) {
            path = path.substring(stage.length());
        }
        return owner(context.path("http").path("method").asText(""), path);
    }
}
