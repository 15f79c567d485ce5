package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import java.nio.charset.StandardCharsets;
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
        String cursor = codec.encode(username);

        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor)).isEqualTo(username);
    }

    @Test
    void refusesACursorSignedWithAnotherKey() {
        String foreign = new CursorCodec("key-two".getBytes(StandardCharsets.UTF_8)).encode("john");

        assertThatThrownBy(() -> codec.decode(foreign)).isInstanceOf(BadRequestError.class)
                .hasMessageStartingWith("Invalid cursor 'next'");
    }

    @Test
    void refusesAPaddedVariantOfAValidCursor() {
        String cursor = codec.encode("ab");
        String[] parts = cursor.split("\\.");
        String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(parts[0])) + "."
                + parts[1];

        assertThat(padded).isNotEqualTo(cursor);
        assertThatThrownBy(() -> codec.decode(padded)).isInstanceOf(BadRequestError.class);
    }

    @Test
    void refusesASignedPayloadThatIsNotAUsername() {
        // Signed with the right key, but not something encode() makes: the shape check still refuses it.
        String forged = new CursorCodec("key-one".getBytes(StandardCharsets.UTF_8)).encode("NOT VALID");

        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> codec.decode("x".repeat(600))).isInstanceOf(BadRequestError.class);
    }

    @Test
    void theKeyComesFromTheEnvironment() {
        CursorCodec keyed = CursorCodec.fromEnvironment(Map.of(CursorCodec.KEY_VARIABLE, "key-one"));
        CursorCodec unkeyed = CursorCodec.fromEnvironment(Map.of());

        assertThat(keyed.decode(codec.encode("john"))).isEqualTo("john");
        assertThatThrownBy(() -> unkeyed.decode(codec.encode("john"))).isInstanceOf(BadRequestError.class);
        assertThat(unkeyed.decode(unkeyed.encode("john"))).isEqualTo("john");
    }

    @Test
    void withoutAConfiguredKeyNoCursorCanBeForgedFromTheSource() {
        // Before, an unset key fell back to a constant written in this module: anyone could sign a cursor with it.
        CursorCodec unkeyed = CursorCodec.fromEnvironment(Map.of());
        String forged = new CursorCodec("goblet-example-users".getBytes(StandardCharsets.UTF_8)).encode("john");

        assertThatThrownBy(() -> unkeyed.decode(forged)).isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> unkeyed.decode(CursorCodec.fromEnvironment(Map.of()).encode("john")))
                .isInstanceOf(BadRequestError.class);
    }
}
