package dev.goblet.internal;

import java.util.List;

/**
 * One route of a generated handler's table.
 *
 * @param id the number the generated {@code dispatch} switches on
 * @param method the HTTP method, upper case
 * @param template the path template, as in {@code @Route}
 * @param status the status of a successful answer that is not a {@code Response}
 * @param contentTypes the body content types the route accepts, lower case
 * @param bindsBody whether a parameter takes the body, so that its content type is checked
 */
public record RouteSpec(int id, String method, String template, int status, List<String> contentTypes,
        boolean bindsBody) {
    public RouteSpec {
        contentTypes = List.copyOf(contentTypes);
    }
}
