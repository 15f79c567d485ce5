package dev.goblet.internal;

import java.util.Map;

/** A request's route and the values of its path variables, decoded. */
public record RouteMatch(RouteSpec route, Map<String, String> pathParameters) {}
