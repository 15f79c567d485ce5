package dev.goblet.benchmarks.users;

/** The body of {@code PUT /users/{username}}: the attributes to set; a null one is left as it is. */
public record UserChanges(String email, String displayName) {
    public boolean isEmpty() {
        return email == null && displayName == null;
    }
}
