package dev.goblet.benchmarks.users;

import java.util.regex.Pattern;

/**
 * What a valid request looks like. Each check answers the message of the 400 to send, or null when the value is
 * valid, so that both handlers check the same way and each throws its own kind of error.
 */
public final class UserRules {
    public static final int MAX_PAGE_SIZE = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{1,64}");

    private UserRules() {}

    public static String checkNewUser(User user) {
        if (user == null) {
            return "The body must be a JSON object with 'username' and 'email'";
        }
        String username = checkUsername(user.username());
        return username != null ? username : checkEmail(user.email());
    }

    public static String checkUsername(String username) {
        if (username == null) {
            return "Missing field 'username'";
        }
        return USERNAME.matcher(username).matches() ? null
                : "Invalid username: use 1 to 64 characters among a-z, 0-9, '_', '.' and '-'";
    }

    public static String checkEmail(String email) {
        if (email == null) {
            return "Missing field 'email'";
        }
        int at = email.indexOf('@');
        return at > 0 && at < email.length() - 1 ? null : "Invalid email: expected an address such as john@example.com";
    }

    public static String checkChanges(UserChanges changes) {
        if (changes == null || changes.isEmpty()) {
            return "Nothing to update: give 'email', 'displayName' or both";
        }
        return changes.email() == null ? null : checkEmail(changes.email());
    }

    public static String checkLimit(int limit) {
        return limit >= 1 && limit <= MAX_PAGE_SIZE ? null
                : "Invalid query parameter 'limit': use 1 to " + MAX_PAGE_SIZE;
    }
}
