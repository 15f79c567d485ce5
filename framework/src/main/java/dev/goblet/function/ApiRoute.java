package dev.goblet.function;

import dev.goblet.HttpMethod;
import java.util.Map;

/**
 * One method and path template that an {@link ApiFunction} answers.
 *
 * @param method the HTTP method
 * @param template the path template, as in {@code @Route(path = ...)}
 */
public record ApiRoute(HttpMethod method, String template) {
    /**
     * A request's route and the decoded values of its path variables.
     *
     * @param route the route the request takes
     * @param pathParameters the path variables' values, by name
     */
    public record Match(ApiRoute route, Map<String, String> pathParameters) {
        public Match {
            pathParameters = Map.copyOf(pathParameters);
        }
    }
}
