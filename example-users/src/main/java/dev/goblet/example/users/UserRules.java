package dev.goblet.example.users;

import dev.goblet.BadRequestError;
import java.util.regex.Pattern;

/**
 * What a valid user looks like. Each check throws a {@link BadRequestError} whose message names the field and
 * says what is expected, so a client can fix its request from the answer alone.
 */
public final class UserRules {
    /** The most characters of a username. */
    public static final int MAX_USERNAME = 64;
    /** The most characters of an email address (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    /** The most characters of a display name. */
    public static final int MAX_DISPLAY_NAME = 128;

    /** Not {@code .} or {@code ..}: in a path, {@code /users/..} is the parent of {@code /users}, not a user. */
    private static final Pattern USERNAME = Pattern.compile("(?!\\.{1,2}$)[a-z0-9_.-]{1," + MAX_USERNAME + "}");
    /** RFC 5322's dot-atom: no dot first, last, or next to another. */
    private static final String LOCAL_PART = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** Plausible, not RFC 5322: a local part, an {@code @}, and a domain of at least two labels. */
    private static final Pattern EMAIL = Pattern.compile(LOCAL_PART + "@" + LABEL + "(?:\\."
            + LABEL + ")+");

    private UserRules() {}

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static void checkUsername(String username) {
        if (username == null) {
            throw new BadRequestError("Missing field 'username'");
        }
        if (!isValidUsername(username)) {
            throw new BadRequestError("Invalid username '" + shorten(username) + "': use 1 to " + MAX_USERNAME
                    + " characters among a-z, 0-9, '_', '.' and '-', other than '.' and '..'");
        }
    }

    public static void checkEmail(String email) {
        if (email == null) {
            throw new BadRequestError("Missing field 'email'");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new BadRequestError("Invalid email '" + shorten(email) + "': expected an address such as"
                    + " john@example.com, at most " + MAX_EMAIL + " characters");
        }
    }

    /** A display name is optional; when given it is 1 to {@value #MAX_DISPLAY_NAME} characters, no control ones. */
    public static void checkDisplayName(String displayName) {
        if (displayName == null) {
            return;
        }
        if (displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestError("Invalid displayName: use 1 to " + MAX_DISPLAY_NAME
                    + " characters, not all blank, without control characters");
        }
    }

    /** Echoing a huge or multi-line value back would make the message useless; 80 characters say enough. */
    private static String shorten(String value) {
        String single = value.replaceAll("\\p{Cntrl}", "?");
        return single.length() <= 80 ? single : single.substring(0, 77) + "...";
    }
}
