package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With Jackson's jdk8 and java.time modules on the classpath, bodies bind Optional and dates as documented. */
class JsonModulesTest {
    record Event(String name, Optional<String> note, Instant at, LocalDate day) {}

    @Test
    void optionalAndJavaTimeBindBothWays() {
        String json = "{\"name\":\"launch\",\"at\":\"2026-11-26T10:15:30Z\",\"day\":\"2026-11-26\"}";
        Event event = JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), JsonBodies.type(Event.class), "body");

        assertThat(event).isEqualTo(new Event("launch", Optional.empty(), Instant.parse("2026-11-26T10:15:30Z"),
                LocalDate.of(2026, 11, 26)));
        String written = new String(JsonBodies.write(new Event("launch", Optional.of("hi"), event.at(), event.day())),
                StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(
                "{\"name\":\"launch\",\"note\":\"hi\",\"at\":\"2026-11-26T10:15:30Z\",\"day\":\"2026-11-26\"}");
    }
}
