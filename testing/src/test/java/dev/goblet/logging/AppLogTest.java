package dev.goblet.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.AppLog;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AppLog} through the entry points generated for {@link LoggingApp}: one JSON line per call, with the app's
 * name, the function and the ids of the invocation, at the configured level.
 */
class AppLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LoggingApp app = new LoggingApp();
    private final TestClient client = TestClient.of(new LedgerHandler(app), new LedgerCountHandler(app));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream standardOut;

    @BeforeEach
    void captureStandardOutput() {
        standardOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(standardOut);
        System.clearProperty(AppLog.LEVEL_PROPERTY);
    }

    @Test
    void aRouteAndItsMiddlewareWriteJsonLinesWithTheRequestsIds() throws IOException {
        TestResponse response = client.http().get("/entries/e1").send();

        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode read = lines.get(0);
        assertThat(read.get("level").asText()).isEqualTo("INFO");
        assertThat(read.get("logger").asText()).isEqualTo("ledger");
        assertThat(read.get("function").asText()).isEqualTo("api_handler");
        assertThat(read.get("message").asText()).isEqualTo("entry \"e1\" read");
        assertThat(read.get("requestId").asText()).isNotBlank();
        assertThat(read.get("apiRequestId").asText()).isEqualTo(read.get("requestId").asText());
        assertThat(read.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        JsonNode audited = lines.get(1);
        assertThat(audited.get("level").asText()).isEqualTo("WARN");
        assertThat(audited.get("message").asText()).isEqualTo("GET /entries/e1 answered 200");
        assertThat(audited.get("requestId").asText()).isEqualTo(read.get("requestId").asText());

        client.http().get("/entries/e2").send();
        assertThat(lines().get(2).get("requestId").asText()).as("each request has its own id")
                .isNotEqualTo(read.get("requestId").asText());
    }

    @Test
    void anEventFunctionLogsUnderItsOwnName() throws IOException {
        JsonNode answer = client.lambda().invoke("count", List.of("a", "b", "c"));

        assertThat(answer.asInt()).isEqualTo(3);
        JsonNode line = lines().get(0);
        assertThat(line.get("function").asText()).isEqualTo("count");
        assertThat(line.get("logger").asText()).isEqualTo("ledger");
        assertThat(line.get("message").asText()).isEqualTo("counting 3 entries");
        assertThat(line.get("requestId").asText()).isNotBlank();
        assertThat(line.has("apiRequestId")).isFalse();
    }

    @Test
    void theLevelDecidesWhatIsWritten() throws IOException {
        System.setProperty(AppLog.LEVEL_PROPERTY, "DEBUG");
        client.http().get("/entries/e1").send();
        assertThat(lines()).extracting(line -> line.get("level").asText()).containsExactly("DEBUG", "INFO", "WARN");

        out.reset();
        System.setProperty(AppLog.LEVEL_PROPERTY, "warn");
        client.http().get("/entries/e1").send();
        assertThat(lines()).extracting(line -> line.get("level").asText()).containsExactly("WARN");

        out.reset();
        System.setProperty(AppLog.LEVEL_PROPERTY, "OFF");
        client.http().get("/entries/e1").send();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anErrorCarriesItsStackTraceInOneLineWhileTheAnswerRevealsNothing() throws IOException {
        TestResponse response = client.http().get("/entries/broken").send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).doesNotContain("no ledger");
        JsonNode error = lines().stream().filter(line -> line.get("level").asText().equals("ERROR")).findFirst()
                .orElseThrow();
        assertThat(error.get("message").asText()).isEqualTo("cannot read broken");
        assertThat(error.get("exception").asText()).startsWith("java.lang.IllegalStateException: no ledger")
                .contains("at dev.goblet.logging.LoggingApp.entry");
    }

    /** The JSON lines written, each parsed; other lines (the entry point's own stack traces) are left out. */
    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList())) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
