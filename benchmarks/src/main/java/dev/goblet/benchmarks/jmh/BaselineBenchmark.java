package dev.goblet.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.benchmarks.baseline.UsersStreamHandler;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.User;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The hand-written handler on the event of {@link DispatchBenchmark#handleEventGetUser}: the floor for it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class BaselineBenchmark {
    private UsersStreamHandler handler;
    private static final ObjectMapper JSON = new ObjectMapper();
    private JsonNode getUserEvent;
    private byte[] getUserEventBytes;
    private final ByteArrayOutputStream answer = new ByteArrayOutputStream(1024);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        for (int i = 0; i < 20; i++) {
            store.create(new User("user-" + i, "user-" + i + "@example.com", null));
        }
        handler = new UsersStreamHandler(store);
        getUserEventBytes = ProxyEvents.rest("GET", "/users/{username}", "/users/user-7", Map.of(), null)
                .getBytes(StandardCharsets.UTF_8);
        getUserEvent = new ObjectMapper().readTree(getUserEventBytes);
        if (handler.answer(getUserEvent).get("statusCode").asInt() != 200) {
            throw new IllegalStateException("The baseline did not find user-7");
        }
    }

    /** The event as Lambda hands it over, bytes in and bytes out, as {@link DispatchBenchmark#handleRequestGetUser}. */
    @Benchmark
    public int handleRequestGetUser() throws IOException {
        answer.reset();
        handler.handleRequest(new ByteArrayInputStream(getUserEventBytes), answer, null);
        return answer.size();
    }

    /** Of {@link #handleRequestGetUser}: the event's bytes read into a tree, as the baseline reads them. */
    @Benchmark
    public JsonNode readTreeOnly() throws IOException {
        return JSON.readTree(getUserEventBytes);
    }

    /** The event given as a tree already parsed. */
    @Benchmark
    public JsonNode answerGetUser() {
        return handler.answer(getUserEvent);
    }
}
