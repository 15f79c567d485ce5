package dev.goblet.benchmarks.fuzz;

import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.CursorCodec;
import dev.goblet.example.users.UsersApi;
import dev.goblet.example.users.WebApiHandler;
import dev.goblet.testing.EventFuzzer;

/**
 * The long fuzz run behind docs/security.md: a million seeded, arbitrary and mutated API Gateway events (REST 1.0 and
 * HTTP 2.0) through the users service's generated handler, over the in-memory store so that the run measures the
 * handler and not a database. Prints the report; exits 1 when anything was thrown, malformed, leaked or a 5xx.
 *
 * <p>Usage: {@code FuzzDriver [events] [seed]} (defaults 1000000 and 16); {@code benchmarks/fuzz.sh} builds and runs
 * it.
 */
public final class FuzzDriver {
    private FuzzDriver() {}

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
        WebApiHandler handler = new WebApiHandler(new UsersApi(new InMemoryUserStore(), CursorCodec.random()));
        long start = System.nanoTime();
        EventFuzzer.Report report = EventFuzzer.of(handler)
                .seed(seed)
                .words("username", "email", "displayName", "limit", "next", "Content-Length")
                .bodies("{\"username\":\"john\",\"email\":\"john@example.com\"}",
                        "{\"username\":\"ann\",\"email\":\"a@example.com\",\"displayName\":\"Ann\"}",
                        "{\"email\":\"b@example.com\"}", "{\"displayName\":\"B\"}")
                .secrets("UserChanges", "UserPage", "InMemoryUserStore", "CursorCodec")
                .run(events);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seed %d, %.1f s (%.0f events/s): %s%n", seed, seconds, events / seconds, report);
        if (!report.problems().isEmpty()) {
            System.exit(1);
        }
    }
}
