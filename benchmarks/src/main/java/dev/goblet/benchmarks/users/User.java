package dev.goblet.benchmarks.users;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A user as the API sends and receives it; {@code displayName} is optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(String username, String email, String displayName) {}
