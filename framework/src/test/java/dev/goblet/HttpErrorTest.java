package dev.goblet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpErrorTest {
    @Test
    void eachSubclassHasChalicesStatusAndCode() {
        Map<HttpError, Integer> statuses = Map.of(
                new BadRequestError("m"), 400,
                new UnauthorizedError("m"), 401,
                new ForbiddenError("m"), 403,
                new NotFoundError("m"), 404,
                new MethodNotAllowedError("m", List.of("GET")), 405,
                new RequestTimeoutError("m"), 408,
                new ConflictError("m"), 409,
                new RequestEntityTooLargeError("m"), 413,
                new UnsupportedMediaType("m"), 415,
                new UnprocessableEntityError("m"), 422);

        statuses.forEach((error, status) -> {
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.code()).isEqualTo(error.getClass().getSimpleName());
            assertThat(error.getMessage()).isEqualTo("m");
        });
        assertThat(new TooManyRequestsError("m").status()).isEqualTo(429);
    }

    @Test
    void statusMustBeAnError() {
        assertThatThrownBy(() -> new HttpError(302, "Found", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpError(600, "Odd", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HttpError(503, "ServiceUnavailable", "later").status()).isEqualTo(503);
    }

    @Test
    void methodNotAllowedCopiesItsMethods() {
        List<String> methods = new ArrayList<>(List.of("GET"));
        MethodNotAllowedError error = new MethodNotAllowedError("m", methods);

        methods.add("POST");

        assertThat(error.allowed()).containsExactly("GET");
    }
}
