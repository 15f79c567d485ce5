package dev.goblet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {
    @Test
    void namesMatchWithoutRegardToCase() {
        Headers headers = Headers.of(Map.of("Content-Type", List.of("application/json")));

        assertThat(headers.first("content-type")).isEqualTo("application/json");
        assertThat(headers.contains("CONTENT-TYPE")).isTrue();
        assertThat(headers.asMap().get("content-TYPE")).containsExactly("application/json");
    }

    @Test
    void namesDifferingOnlyInCaseAreMergedInOrder() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("X-Tag", List.of("red"));
        values.put("x-tag", List.of("blue", "green"));

        Headers headers = Headers.of(values);

        assertThat(headers.all("X-TAG")).containsExactly("red", "blue", "green");
        assertThat(headers.names()).containsExactly("X-Tag");
    }

    @Test
    void absentHeaderIsNullOrEmpty() {
        assertThat(Headers.empty().first("Accept")).isNull();
        assertThat(Headers.empty().all("Accept")).isEmpty();
        assertThat(Headers.of(Map.of("Accept", List.of())).first("Accept")).isNull();
    }

    @Test
    void isImmutableAndDetachedFromItsSource() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("Accept", new java.util.ArrayList<>(List.of("text/html")));
        Headers headers = Headers.of(values);

        values.get("Accept").add("image/png");
        values.put("Host", List.of("example.com"));

        assertThat(headers.all("Accept")).containsExactly("text/html");
        assertThat(headers.contains("Host")).isFalse();
        assertThatThrownBy(() -> headers.all("Accept").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.asMap().remove("Accept")).isInstanceOf(UnsupportedOperationException.class);
    }
}
