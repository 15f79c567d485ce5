package dev.goblet.example.users;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /users/{username}}: the attributes to set. An absent (or null) attribute is left as it
 * is, so two clients changing different attributes at the same time both keep their change. The username is not
 * here: it names the user and never changes.
 */
public record UserChanges(@Nullable String email, @Nullable String displayName) {
    /** Whether the body asks for no change at all. */
    public boolean isEmpty() {
        return email == null && displayName == null;
    }
}
