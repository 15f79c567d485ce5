package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {
    private final CursorCodec codec = new CursorCodec("key-one".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest
    @ValueSource(strings = {"a", "john", "john.doe-1_x",
        "z234567890123456789012345678901234567890123456789012345678901234"})
    void decodesWhatItEncoded(String username) {
        String cursor = codec.encode(username, 25);

        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, 25)).isEqualTo(username);
    }

    @Test
    void refusesACursorSignedWithAnotherKey() {
        String foreign = new CursorCodec("key-two".getBytes(StandardCharsets.UTF_8)).encode("john", 25);

        assertThatThrownBy(() -> codec.decode(foreign, 25)).isInstanceOf(BadRequestError.class)
                .hasMessageStartingWith("Invalid cursor 'next'");
    }

    @Test
    void refusesAPaddedVariantOfAValidCursor() {
        String cursor = codec.encode("abc", 25);
        String[] parts = cursor.split("\\.");
        String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(parts[0])) + "."
                + parts[1];

        assertThat(padded).isNotEqualTo(cursor);
        assertThatThrownBy(() -> codec.decode(padded, 25)).isInstanceOf(BadRequestError.class);
    }

    @Test
    void refusesASignedPayloadThatIsNotAUsername() {
        // Signed with the right key, but not something encode() makes: the shape check still refuses it.
        String forged = new CursorCodec("key-one".getBytes(StandardCharsets.UTF_8)).encode("NOT VALID", 25);

        assertThatThrownBy(() -> codec.decode(forged, 25)).isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> codec.decode("x".repeat(600), 25)).isInstanceOf(BadRequestError.class);
    }

    @Test
    void aCursorIsHonouredOnlyForItsLimit() {
        String cursor = codec.encode("john", 25);

        assertThat(codec.decode(cursor, 25)).isEqualTo("john");
        assertThatThrownBy(() -> codec.decode(cursor, 26)).isInstanceOf(BadRequestError.class)
                .hasMessageContaining("another 'limit'");
    }

    @Test
    void aCursorExpiresAfterItsLifetime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        CursorCodec timed = new CursorCodec("key-one".getBytes(StandardCharsets.UTF_8), clock);
        String cursor = timed.encode("john", 25);

        clock.now = clock.now.plus(CursorCodec.LIFETIME);
        assertThat(timed.decode(cursor, 25)).as("still honoured at the last second").isEqualTo("john");
        clock.now = clock.now.plusSeconds(1);
        assertThatThrownBy(() -> timed.decode(cursor, 25)).isInstanceOf(BadRequestError.class)
                .hasMessageStartingWith("Expired cursor 'next'");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theKeyComesFromTheEnvironment() {
        CursorCodec keyed = CursorCodec.fromEnvironment(Map.of(CursorCodec.KEY_VARIABLE, "key-one"));
        CursorCodec unkeyed = CursorCodec.fromEnvironment(Map.of());

        assertThat(keyed.decode(codec.encode("john", 25), 25)).isEqualTo("john");
        assertThatThrownBy(() -> unkeyed.decode(codec.encode("john", 25), 25)).isInstanceOf(BadRequestError.class);
        assertThat(unkeyed.decode(unkeyed.encode("john", 25), 25)).isEqualTo("john");
    }

    @Test
    void withoutAConfiguredKeyNoCursorCanBeForgedFromTheSource() {
        // Before, an unset key fell back to a constant written in this module: anyone could sign a cursor with it.
        CursorCodec unkeyed = CursorCodec.fromEnvironment(Map.of());
        String forged = new CursorCodec("goblet-example-users".getBytes(StandardCharsets.UTF_8)).encode("john", 25);

        assertThatThrownBy(() -> unkeyed.decode(forged, 25)).isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> unkeyed.decode(CursorCodec.fromEnvironment(Map.of()).encode("john", 25), 25))
                .isInstanceOf(BadRequestError.class);
    }
}
