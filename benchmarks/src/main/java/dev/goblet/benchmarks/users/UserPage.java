package dev.goblet.benchmarks.users;

import java.util.List;

/** One page of {@code GET /users}, with the username to pass as {@code next} for the following page, or null. */
public record UserPage(List<User> users, String next) {}
