package dev.goblet.benchmarks.jmh;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.Headers;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import dev.goblet.benchmarks.routes.Routes500Api;
import dev.goblet.benchmarks.routes.Routes500Handler;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.User;
import dev.goblet.example.users.UsersApi;
import dev.goblet.example.users.WebApiHandler;
import dev.goblet.internal.ApiEntryPoint;
import dev.goblet.internal.ProxyEventReader;
import dev.goblet.internal.ProxyResponseWriter;
import dev.goblet.internal.RouteMatch;
import dev.goblet.internal.RouteTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same requests on the users service (5 routes) and on an app that holds its routes among 500: matching
 * alone, then matching with binding and the call ({@code handle}), then the whole proxy event ({@code handleEvent}).
 * Route matching walks one tree node per path segment, so the two columns should be alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class DispatchBenchmark {
    @Param({"5", "500"})
    public int routes;

    private RouteTable table;
    private ApiEntryPoint handler;
    private Request getUser;
    private Request listUsers;
    private Request updateUser;
    private JsonNode getUserEvent;
    private byte[] getUserEventBytes;
    private final ByteArrayOutputStream answer = new ByteArrayOutputStream(1024);
    private Response userResponse;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        for (int i = 0; i < 20; i++) {
            store.create(new User("user-" + i, "user-" + i + "@example.com", null));
        }
        UsersApi users = new UsersApi(store);
        handler = routes == 5 ? new WebApiHandler(users) : new Routes500Handler(new Routes500Api(users));
        table = handler.routeTable();
        if (table.routes().size() != routes) {
            throw new IllegalStateException("Expected " + routes + " routes, found " + table.routes().size());
        }
        getUser = Request.builder("GET", "/users/user-7").build();
        listUsers = Request.builder("GET", "/users").queryParameters(Map.of("limit", List.of("10"))).build();
        updateUser = Request.builder("PUT", "/users/user-3")
                .headers(Headers.of(Map.of("Content-Type", List.of("application/json"))))
                .body("{\"displayName\":\"Three\"}".getBytes(StandardCharsets.UTF_8)).build();
        getUserEventBytes = ProxyEvents.rest("GET", "/users/{username}", "/users/user-7", Map.of(), null)
                .getBytes(StandardCharsets.UTF_8);
        getUserEvent = new ObjectMapper().readTree(getUserEventBytes);
        userResponse = handler.handle(getUser);
        expect(userResponse, 200);
        expect(handler.handle(listUsers), 200);
        expect(handler.handle(updateUser), 200);
    }

    private static void expect(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.status() + " "
                    + response.body());
        }
    }

    @Benchmark
    public RouteMatch matchLiteralPath() {
        return table.match("GET", "/users");
    }

    @Benchmark
    public RouteMatch matchVariablePath() {
        return table.match("GET", "/users/user-7");
    }

    /** Path variable bound, store read, user encoded as JSON. */
    @Benchmark
    public Response handleGetUser() {
        return handler.handle(getUser);
    }

    /** Query parameters bound (an {@code int} with a default and an {@code Optional}), a page encoded. */
    @Benchmark
    public Response handleListUsers() {
        return handler.handle(listUsers);
    }

    /** Path variable and JSON body bound, content type checked. */
    @Benchmark
    public Response handleUpdateUser() {
        return handler.handle(updateUser);
    }

    /** A whole REST proxy event as Lambda hands it over, bytes in and bytes out: read, dispatched, written. */
    @Benchmark
    public int handleRequestGetUser() throws IOException {
        answer.reset();
        handler.handleRequest(new ByteArrayInputStream(getUserEventBytes), answer, null);
        return answer.size();
    }

    /** The same event given as a tree, as the local server and the test kit give it. */
    @Benchmark
    public JsonNode handleEventGetUser() {
        return handler.handleEvent(getUserEvent, null);
    }

    /** Of {@link #handleRequestGetUser}: the proxy event's bytes read into a {@link Request}; no route is involved. */
    @Benchmark
    public Request readEventOnly() throws IOException {
        try (JsonParser parser = ProxyEventReader.FACTORY.createParser(getUserEventBytes)) {
            return ProxyEventReader.read(parser).request();
        }
    }

    /** Of {@link #handleEventGetUser}: the answer written as a proxy response; no route is involved. */
    @Benchmark
    public JsonNode writeResponseOnly() {
        return ProxyResponseWriter.write(userResponse, false);
    }
}
