package dev.goblet.example.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The message the stream function puts on the {@code welcome-mails} queue for each new user, and the body the
 * welcome-mail worker binds: who to greet, and where.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WelcomeMail(String username, String email, @Nullable String displayName) {
    /** The mail for a user just created. */
    static WelcomeMail of(User user) {
        return new WelcomeMail(user.username(), user.email(), user.displayName());
    }

    /** The name the mail greets: the display name when the user gave one. */
    String greeting() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
