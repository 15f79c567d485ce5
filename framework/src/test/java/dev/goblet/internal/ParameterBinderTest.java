package dev.goblet.internal;

import static dev.goblet.internal.ParameterSource.HEADER;
import static dev.goblet.internal.ParameterSource.PATH;
import static dev.goblet.internal.ParameterSource.QUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import dev.goblet.Request;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {
    enum Sort { NAME, CREATED }

    record NewUser(String username, int age) {}

    @Test
    void requiredConvertsAPresentValue() {
        Integer limit = ParameterBinder.required("42", "limit", QUERY, Integer::valueOf);
        String q = ParameterBinder.required("", "q", QUERY, text -> text);

        assertThat(limit).isEqualTo(42);
        assertThat(q).isEmpty();
    }

    @Test
    void requiredAbsentValueIsA400NamingSourceAndParameter() {
        assertThatThrownBy(() -> ParameterBinder.required(null, "limit", QUERY, Integer::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Missing required query parameter 'limit'");
        assertThatThrownBy(() -> ParameterBinder.required(null, "X-Api-Version", HEADER, Integer::valueOf))
                .hasMessage("Missing required header 'X-Api-Version'");
    }

    @Test
    void unconvertibleValueIsA400NamingSourceParameterAndValue() {
        assertThatThrownBy(() -> ParameterBinder.required("ten", "limit", QUERY, Integer::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for query parameter 'limit': 'ten'");
        assertThatThrownBy(() -> ParameterBinder.required("x", "id", PATH, Long::valueOf))
                .hasMessage("Invalid value for path parameter 'id': 'x'");
    }

    @Test
    void orDefaultUsesTheDefaultOnlyWhenAbsent() {
        Integer absent = ParameterBinder.orDefault(null, "10", "limit", QUERY, Integer::valueOf);
        Integer present = ParameterBinder.orDefault("3", "10", "limit", QUERY, Integer::valueOf);

        assertThat(absent).isEqualTo(10);
        assertThat(present).isEqualTo(3);
        assertThatThrownBy(() -> ParameterBinder.orDefault("", "10", "limit", QUERY, Integer::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("'limit'");
    }

    @Test
    void optionalIsEmptyWhenAbsentAndStillChecksAPresentValue() {
        assertThat(ParameterBinder.optional(null, "since", QUERY, LocalDate::parse)).isEmpty();
        assertThat(ParameterBinder.optional("2024-02-29", "since", QUERY, LocalDate::parse))
                .contains(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> ParameterBinder.optional("2023-02-29", "since", QUERY, LocalDate::parse))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for query parameter 'since': '2023-02-29'");
    }

    @Test
    void listConvertsEveryValueInOrderAndIsReadOnly() {
        List<Integer> ids = ParameterBinder.list(List.of("3", "1", "2"), "id", QUERY, Integer::valueOf);

        assertThat(ids).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> ids.add(4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ParameterBinder.list(List.of(), "id", QUERY, Integer::valueOf)).isEmpty();
    }

    @Test
    void listFailsOnTheFirstBadValue() {
        assertThatThrownBy(() -> ParameterBinder.list(List.of("1", "two"), "id", QUERY, Integer::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for query parameter 'id': 'two'");
    }

    @Test
    void booleansAreStrict() {
        assertThat(ParameterBinder.parseBoolean("true")).isTrue();
        assertThat(ParameterBinder.parseBoolean("FALSE")).isFalse();
        assertThat(ParameterBinder.parseBoolean("True")).isTrue();
        for (String text : List.of("yes", "1", "", "t", "truee")) {
            assertThatThrownBy(() -> ParameterBinder.required(text, "active", QUERY, ParameterBinder::parseBoolean))
                    .isInstanceOf(BadRequestError.class)
                    .hasMessageContaining("query parameter 'active'");
        }
    }

    @Test
    void charTakesExactlyOneCharacter() {
        assertThat(ParameterBinder.parseChar("x")).isEqualTo('x');
        assertThatThrownBy(() -> ParameterBinder.required("", "sep", QUERY, ParameterBinder::parseChar))
                .isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> ParameterBinder.required("ab", "sep", QUERY, ParameterBinder::parseChar))
                .hasMessage("Invalid value for query parameter 'sep': 'ab'");
    }

    @Test
    void enumsConvertByValueOf() {
        Sort sort = ParameterBinder.required("NAME", "sort", QUERY, Sort::valueOf);

        assertThat(sort).isEqualTo(Sort.NAME);
        assertThatThrownBy(() -> ParameterBinder.required("name", "sort", QUERY, Sort::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for query parameter 'sort': 'name'");
    }

    @Test
    void uuidsConvertByFromString() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        UUID bound = ParameterBinder.required(id.toString(), "id", PATH, UUID::fromString);

        assertThat(bound).isEqualTo(id);
        assertThatThrownBy(() -> ParameterBinder.required("not-a-uuid", "id", PATH, UUID::fromString))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for path parameter 'id': 'not-a-uuid'");
    }

    @Test
    void numbersOutOfRangeAre400s() {
        assertThatThrownBy(() -> ParameterBinder.required("128", "b", HEADER, Byte::valueOf))
                .isInstanceOf(BadRequestError.class)
                .hasMessage("Invalid value for header 'b': '128'");
        assertThatThrownBy(() -> ParameterBinder.required("9223372036854775808", "n", QUERY, Long::valueOf))
                .isInstanceOf(BadRequestError.class);
    }

    @Test
    void bodyBindsJson() {
        Request request = withBody("{\"username\":\"jdoe\",\"age\":42}");

        NewUser user = ParameterBinder.body(request, JsonBodies.type(NewUser.class), "user", true);

        assertThat(user).isEqualTo(new NewUser("jdoe", 42));
    }

    @Test
    void missingRequiredBodyIsA400() {
        Request request = Request.builder("POST", "/users").build();

        assertThatThrownBy(() -> ParameterBinder.body(request, JsonBodies.type(NewUser.class), "user", true))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("Missing request body")
                .hasMessageContaining("'user'");
    }

    @Test
    void missingOptionalBodyIsNull() {
        Request request = Request.builder("POST", "/users").build();

        assertThat((NewUser) ParameterBinder.body(request, JsonBodies.type(NewUser.class), "user", false)).isNull();
    }

    @Test
    void jsonNullForARequiredBodyIsA400() {
        Request request = withBody("null");

        assertThatThrownBy(() -> ParameterBinder.body(request, JsonBodies.type(NewUser.class), "user", true))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("'user'");
    }

    @Test
    void bodyErrorsNameTheBodyAndTheField() {
        Request request = withBody("{\"username\":\"jdoe\",\"age\":\"old\"}");

        assertThatThrownBy(() -> ParameterBinder.body(request, JsonBodies.type(NewUser.class), "user", true))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("body 'user'")
                .hasMessageContaining("'age'")
                .hasMessageContaining("'old'");
    }

    private static Request withBody(String json) {
        return Request.builder("POST", "/users").body(json.getBytes(StandardCharsets.UTF_8)).build();
    }

    @Test
    void optionalOfAnAbsentValueNeverCallsTheConverter() {
        Optional<Object> value = ParameterBinder.optional(null, "x", QUERY, text -> {
            throw new AssertionError("converter called");
        });

        assertThat(value).isEmpty();
    }
}
