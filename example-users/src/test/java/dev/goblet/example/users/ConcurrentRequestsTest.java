package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.example.users.ProxyEventClient.Reply;
import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the service guarantees under concurrent requests, which its conditional writes give it:
 * <ul>
 *   <li>of concurrent creates of one username exactly one succeeds, and no create of distinct usernames is lost;</li>
 *   <li>updates are per attribute: concurrent updates of different attributes all keep, and of concurrent updates
 *       of one attribute the last one applied wins (the final value is one that was written, never a mix);</li>
 *   <li>an update never creates a user, so one that races a delete cannot bring the user back.</li>
 * </ul>
 * Requests go from many threads through one handler, as they would through one local server.
 */
@ExtendWith(DynaliteExtension.class)
class ConcurrentRequestsTest {
    private static final int CLIENTS = 50;

    private DynamoDbClient client;
    private ProxyEventClient api;
    private ExecutorService threads;

    @BeforeEach
    void freshTable(Dynalite dynalite) {
        client = dynalite.client();
        String table = "users-" + UUID.randomUUID();
        UsersTable.createIfAbsent(client, table);
        CursorCodec cursors = new CursorCodec("concurrency-key".getBytes(StandardCharsets.UTF_8));
        api = new ProxyEventClient(new WebApiHandler(new UsersApi(new DynamoUserStore(client, table), cursors)));
        threads = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        client.close();
    }

    @Test
    void fiftyConcurrentCreatesOfOneUsernameGiveOne201And49Conflicts() throws Exception {
        List<Reply> replies = together(CLIENTS,
                i -> () -> api.post("/users", "{\"username\":\"john\",\"email\":\"john" + i + "@example.com\"}"));

        List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(CLIENTS - 1)
                .allMatch(r -> r.errorCode().equals("ConflictError"));
        String winner = created.get(0).json().path("email").asText();
        assertThat(api.get("/users/john").json().path("email").asText()).isEqualTo(winner);
    }

    @Test
    void concurrentCreatesOfDistinctUsernamesAreAllKept() throws Exception {
        List<Reply> replies = together(CLIENTS,
                i -> () -> api.post("/users", "{\"username\":\"user" + i + "\",\"email\":\"u" + i + "@example.com\"}"));

        assertThat(replies).allMatch(r -> r.status() == 201);
        Set<String> listed = new HashSet<>();
        api.get("/users?limit=100").json().path("users").forEach(u -> listed.add(u.path("username").asText()));
        assertThat(listed).hasSize(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            assertThat(listed).contains("user" + i);
        }
    }

    @Test
    void concurrentUpdatesOfDifferentAttributesAllKeep() throws Exception {
        api.post("/users", "{\"username\":\"john\",\"email\":\"john@example.com\"}");

        for (int round = 0; round < 10; round++) {
            int r = round;
            List<Reply> replies = together(2, i -> () -> api.put("/users/john", i == 0
                    ? "{\"email\":\"round" + r + "@example.com\"}"
                    : "{\"displayName\":\"Round " + r + "\"}"));

            assertThat(replies).allMatch(reply -> reply.status() == 200);
            JsonNode stored = api.get("/users/john").json();
            assertThat(stored.path("email").asText()).isEqualTo("round" + r + "@example.com");
            assertThat(stored.path("displayName").asText()).isEqualTo("Round " + r);
        }
    }

    @Test
    void concurrentUpdatesOfOneAttributeLeaveOneOfTheWrittenValues() throws Exception {
        api.post("/users", "{\"username\":\"john\",\"email\":\"john@example.com\",\"displayName\":\"John\"}");

        List<Reply> replies = together(CLIENTS,
                i -> () -> api.put("/users/john", "{\"email\":\"writer" + i + "@example.com\"}"));

        assertThat(replies).allMatch(reply -> reply.status() == 200);
        Set<String> written = new HashSet<>();
        replies.forEach(reply -> written.add(reply.json().path("email").asText()));
        JsonNode stored = api.get("/users/john").json();
        assertThat(written).hasSize(CLIENTS).contains(stored.path("email").asText());
        assertThat(stored.path("displayName").asText()).isEqualTo("John");
    }

    @Test
    void anUpdateRacingADeleteNeverBringsTheUserBack() throws Exception {
        for (int round = 0; round < 5; round++) {
            assertThat(api.post("/users", "{\"username\":\"john\",\"email\":\"john@example.com\"}").status())
                    .isEqualTo(201);

            List<Reply> replies = together(20, i -> () -> i == 10
                    ? api.delete("/users/john")
                    : api.put("/users/john", "{\"displayName\":\"Writer " + i + "\"}"));

            assertThat(replies.get(10).status()).isEqualTo(204);
            for (int i = 0; i < replies.size(); i++) {
                if (i != 10) {
                    Reply reply = replies.get(i);
                    assertThat(reply.status()).isIn(200, 404);
                    if (reply.status() == 200) {
                        assertThat(reply.json().path("email").asText()).isEqualTo("john@example.com");
                    }
                }
            }
            assertThat(api.get("/users/john").status()).isEqualTo(404);
        }
    }

    /** Runs {@code count} calls released at the same instant and returns their replies in index order. */
    private List<Reply> together(int count, IntFunction<Callable<Reply>> call)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<Reply> task = call.apply(i);
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get(30, TimeUnit.SECONDS));
        }
        return replies;
    }
}
