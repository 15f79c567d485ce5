package dev.goblet.example.users;

import dev.goblet.BadRequestError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns the last username of a page (DynamoDB's {@code LastEvaluatedKey}) into the opaque {@code next} cursor of
 * {@code GET /users} and back. A cursor is {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}, so one
 * that was altered, truncated or made up is refused with a 400 instead of reaching DynamoDB. The payload also holds
 * the page size it was made for and when it expires ({@link #LIFETIME} after it was made): a cursor is honoured
 * only for the same query, and a leaked one stops working.
 *
 * <p>The key comes from {@value #KEY_VARIABLE}, which the service's {@code .chalice/config.json} sets to a secret
 * Secrets Manager generates for each stack ({@code ${secret:UsersCursorKey}}). Without it each container draws a random
 * key when it starts: no key is written in this source, so no one can forge a cursor, but a cursor is then honoured
 * only by the container that made it and only until that container is recycled; a client whose next page reaches
 * another container gets a 400 and starts again from the first page. That is harmless locally and wrong for a deployed,
 * scaled-out service: set the key.
 */
public final class CursorCodec {
    /** Environment variable holding the key that signs cursors. */
    public static final String KEY_VARIABLE = "USERS_CURSOR_KEY";

    /** How long a cursor is honoured: long enough to page through a listing, short enough to limit a leak. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final String VERSION = "2|";
    private static final int MAX_LENGTH = 512;
    private static final int TAG_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;

    public CursorCodec(byte[] key) {
        this(key, Clock.systemUTC());
    }

    /** A codec whose cursors expire by {@code clock}. */
    public CursorCodec(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** A codec keyed by {@value #KEY_VARIABLE}, or by a {@linkplain #random random key} when it is not set. */
    public static CursorCodec fromEnvironment(Map<String, String> environment) {
        String key = environment.getOrDefault(KEY_VARIABLE, "");
        return key.isBlank() ? random() : new CursorCodec(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A codec with a key of 32 random bytes: its cursors are honoured by this codec only. */
    public static CursorCodec random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
    }

    /** The cursor of the page after {@code lastUsername}, for listings of {@code limit} users. */
    public String encode(String lastUsername, int limit) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        byte[] payload = (VERSION + limit + "|" + expires + "|" + lastUsername).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(tag(payload));
    }

    /**
     * The username a cursor resumes after; a {@link BadRequestError} for anything {@link #encode} did not make, for
     * a cursor of another {@code limit}, and for one that has expired.
     */
    public String decode(String cursor, int limit) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot < 0 || cursor.indexOf('.', dot + 1) >= 0) {
            throw invalid();
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            tag = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(tag, tag(payload)) || !cursor.equals(encodeRaw(payload, tag))) {
            throw invalid();
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 4);
        if (fields.length != 4 || !(fields[0] + "|").equals(VERSION) || !UserRules.isValidUsername(fields[3])) {
            throw invalid();
        }
        if (!fields[1].equals(String.valueOf(limit))) {
            throw new BadRequestError("Invalid cursor 'next': it continues a listing with another 'limit'; pass the"
                    + " same 'limit' as the previous page, or leave 'next' out to start from the first page");
        }
        if (clock.instant().getEpochSecond() > parseLong(fields[2])) {
            throw new BadRequestError("Expired cursor 'next': it is honoured for " + LIFETIME.toMinutes()
                    + " minutes; leave it out to start again from the first page");
        }
        return fields[3];
    }

    private static long parseLong(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Base64 decoders accept some variants (padding, stray bits); only the exact encoding we wrote is valid. */
    private static String encodeRaw(byte[] payload, byte[] tag) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(tag);
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks " + ALGORITHM, e);
        }
    }

    private static BadRequestError invalid() {
        return new BadRequestError("Invalid cursor 'next': pass the 'next' value of the previous page unchanged,"
                + " or leave it out to start from the first page");
    }
}
