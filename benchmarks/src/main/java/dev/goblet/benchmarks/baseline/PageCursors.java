package dev.goblet.benchmarks.baseline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
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
    private static final String VERSION = "1|";
    private final SecretKeySpec key;

    /** Keyed by {@code USERS_CURSOR_KEY}, or, as the service does without it, by a random key of 32 bytes. */
    public PageCursors(Map<String, String> environment) {
        String text = environment.getOrDefault("USERS_CURSOR_KEY", "");
        byte[] key = text.getBytes(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String encode(String lastUsername) {
        byte[] payload = (VERSION + lastUsername).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(tag(payload));
    }

    /** The username a cursor resumes after, or null when the cursor is not one {@link #encode} wrote. */
    public String decode(String cursor) {
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
        String username = text.startsWith(VERSION) ? text.substring(VERSION.length()) : null;
        // Encoding again and comparing checks the tag and refuses every other spelling of the same bytes.
        return UserChecks.isValidUsername(username)
                && MessageDigest.isEqual(cursor.getBytes(StandardCharsets.UTF_8),
                        encode(username).getBytes(StandardCharsets.UTF_8)) ? username : null;
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
