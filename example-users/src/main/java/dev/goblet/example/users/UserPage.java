package dev.goblet.example.users;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code GET /users}: the users, and the cursor to pass as {@code next} for the following page, null
 * on the last page.
 */
public record UserPage(List<User> users, @Nullable String next) {}
