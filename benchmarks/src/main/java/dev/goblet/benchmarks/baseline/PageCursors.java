package dev.goblet.benchmarks.baseline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code next} cursor of {@code GET /users} in the users service's format (base64url payload, a dot, a
 * truncated HMAC-SHA256 tag, keyed by {@code USERS_CURSOR_KEY}), so that the baseline's pages are the service's.
 * Written again because the service's codec throws Goblet's {@code BadRequestError}.
 */
public final class PageCursors {
    private static final String VERSION = "2|";
    private static final long LIFETIME_SECONDS = 3600;
    private final SecretKeySpec key;
    private final Clock clock;

    /** Keyed by {@code USERS_CURSOR_KEY}, or, as the service does without it, by a random key of 32 bytes. */
    public PageCursors(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    /** As above, with cursors that expire by {@code clock}. */
    public PageCursors(Map<String, String> environment, Clock clock) {
        this.clock = clock;
        String text = environment.getOrDefault("USERS_CURSOR_KEY", "");
        byte[] key = text.getBytes(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String encode(String lastUsername, int limit) {
        return encode(lastUsername, limit, clock.instant().getEpochSecond() + LIFETIME_SECONDS);
    }

    private String encode(String lastUsername, int limit, long expires) {
        byte[] payload = (VERSION + limit + "|" + expires + "|" + lastUsername).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(tag(payload));
    }

    /**
     * The username a cursor resumes after, or null when the cursor is not one {@link #encode} wrote for this
     * {@code limit}, or has expired.
     */
    public String decode(String cursor, int limit) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > 512 || dot < 0) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] fields = text.split("\\|", 4);
        if (fields.length != 4 || !(fields[0] + "|").equals(VERSION) || !fields[1].equals(String.valueOf(limit))
                || !fields[2].matches("\\d{1,18}") || !UserChecks.isValidUsername(fields[3])) {
            return null;
        }
        long expires = Long.parseLong(fields[2]);
        // Encoding again and comparing checks the tag and refuses every other spelling of the same bytes.
        return clock.instant().getEpochSecond() <= expires
                && MessageDigest.isEqual(cursor.getBytes(StandardCharsets.UTF_8),
                        encode(fields[3], limit, expires).getBytes(StandardCharsets.UTF_8)) ? fields[3] : null;
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks HmacSHA256", e);
        }
    }
}
