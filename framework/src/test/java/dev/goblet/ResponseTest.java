package dev.goblet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTest {
    @Test
    void okIsA200WithTheBody() {
        Response response = Response.ok(List.of(1, 2));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(List.of(1, 2));
        assertThat(response.headers()).isEmpty();
    }

    @Test
    void noContentIsA204WithoutBody() {
        assertThat(Response.noContent().status()).isEqualTo(204);
        assertThat(Response.noContent().body()).isNull();
    }

    @Test
    void headersKeepEveryValueInOrderAndContentTypeReplaces() {
        Response response = Response.status(200).header("Vary", "Accept").header("Vary", "Origin")
                .contentType("text/html").contentType("text/csv").build();

        assertThat(response.headers().get("Vary")).containsExactly("Accept", "Origin");
        assertThat(response.headers().get("Content-Type")).containsExactly("text/csv");
        assertThat(response.headers().keySet()).containsExactly("Vary", "Content-Type");
    }

    @Test
    void builtResponseIsImmutable() {
        Response.Builder builder = Response.status(200).header("Vary", "Accept");
        Response response = builder.build();

        builder.header("Vary", "Origin");

        assertThat(response.headers().get("Vary")).containsExactly("Accept");
        assertThatThrownBy(() -> response.headers().put("X", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> response.headers().get("Vary").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void statusMustBeAnHttpStatus() {
        assertThatThrownBy(() -> Response.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.status(600)).isInstanceOf(IllegalArgumentException.class);
    }
}
