package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record bodies: what the OpenAPI document marks required, the runtime requires too. */
class RequiredCreatorPropertiesTest {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {}

    record User(String username, int age, @Nullable String nickname) {}

    record Team(String name, List<User> members) {}

    private static <T> T read(String json, Class<T> type) {
        return JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), JsonBodies.type(type), "body 'user'");
    }

    @Test
    void aCompleteBodyBinds() {
        assertThat(read("{\"username\":\"alice\",\"age\":30}", User.class))
                .isEqualTo(new User("alice", 30, null));
    }

    @Test
    void aMissingComponentIsA400NamingIt() {
        assertThatThrownBy(() -> read("{\"age\":30}", User.class))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Missing required field 'username' in body 'user'");
        assertThatThrownBy(() -> read("{\"username\":\"alice\"}", User.class))
                .hasMessage("Missing required field 'age' in body 'user'");
    }

    @Test
    void aNullComponentIsA400NamingIt() {
        assertThatThrownBy(() -> read("{\"username\":null,\"age\":30}", User.class))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid body 'user' field 'username': must not be null");
    }

    @Test
    void nestedRecordsAreCheckedWithTheirPath() {
        assertThatThrownBy(() -> read("{\"name\":\"core\",\"members\":[{\"age\":1}]}", Team.class))
                .hasMessage("Missing required field 'members[0].username' in body 'user'");
    }

    @Test
    void aNullableComponentMayBeMissingOrNull() {
        assertThat(read("{\"username\":\"alice\",\"age\":30,\"nickname\":null}", User.class).nickname()).isNull();
    }
}
