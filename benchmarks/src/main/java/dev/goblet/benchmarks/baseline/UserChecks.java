package dev.goblet.benchmarks.baseline;

import dev.goblet.example.users.User;
import dev.goblet.example.users.UserChanges;
import java.util.regex.Pattern;

/**
 * The users service's input rules, written again for the baseline: the service's own rules throw Goblet's
 * {@code BadRequestError}, which a handler without Goblet does not have. Each check answers the message of the
 * 400 to send, or null when the value is valid; the texts are the service's.
 */
public final class UserChecks {
    public static final int MAX_BODY_BYTES = 4096;
    public static final int MAX_PAGE_SIZE = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{1,64}");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" + LABEL + "(?:\\."
            + LABEL + ")+");

    private UserChecks() {}

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static String newUser(User user) {
        if (user == null) {
            return "The body must be a JSON object with 'username' and 'email'";
        }
        String problem = username(user.username());
        problem = problem != null ? problem : email(user.email());
        return problem != null ? problem : displayName(user.displayName());
    }

    public static String username(String username) {
        if (username == null) {
            return "Missing field 'username'";
        }
        return isValidUsername(username) ? null : "Invalid username '" + shorten(username) + "': use 1 to 64"
                + " characters among a-z, 0-9, '_', '.' and '-'";
    }

    public static String email(String email) {
        if (email == null) {
            return "Missing field 'email'";
        }
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? null : "Invalid email '" + shorten(email)
                + "': expected an address such as john@example.com, at most 254 characters";
    }

    public static String displayName(String displayName) {
        if (displayName == null) {
            return null;
        }
        boolean valid = !displayName.isBlank() && displayName.length() <= 128
                && displayName.chars().noneMatch(Character::isISOControl);
        return valid ? null : "Invalid displayName: use 1 to 128 characters, not all blank, without control characters";
    }

    public static String changes(UserChanges changes) {
        if (changes == null || changes.isEmpty()) {
            return "Nothing to update: give 'email', 'displayName' or both";
        }
        String problem = changes.email() == null ? null : email(changes.email());
        return problem != null ? problem : displayName(changes.displayName());
    }

    public static String limit(int limit) {
        return limit >= 1 && limit <= MAX_PAGE_SIZE ? null
                : "Invalid query parameter 'limit': use 1 to " + MAX_PAGE_SIZE;
    }

    private static String shorten(String value) {
        String single = value.replaceAll("\\p{Cntrl}", "?");
        return single.length() <= 80 ? single : single.substring(0, 77) + "...";
    }
}
