package dev.goblet.function;

import java.util.List;
import java.util.Optional;

/**
 * The function that serves an app's routes behind API Gateway: proxy events in, proxy responses out. Tools that
 * play API Gateway (the local server) ask it which route a request takes, as API Gateway knows from its resources.
 */
public interface ApiFunction extends GobletFunction {
    /** Every method and path template the function answers, in declaration order. */
    List<ApiRoute> routes();

    /**
     * The route API Gateway would choose for {@code method} and the raw, percent-encoded {@code path}, with the
     * path variables' decoded values; empty when no route has this method and path.
     */
    Optional<ApiRoute.Match> match(String method, String path);

    /** Whether any route has this path, whatever its method. */
    boolean hasPath(String path);
}
