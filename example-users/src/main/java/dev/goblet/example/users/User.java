package dev.goblet.example.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A user as the API sends and receives it, and as the table stores it: {@code username} is the table's partition
 * key, the other attributes are optional on the wire but {@code email} is required to create a user.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(String username, String email, @Nullable String displayName) {}
