package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import dev.goblet.testing.EventFuzzer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seeded arbitrary and mutated API Gateway events through the service's generated handler on a real DynamoDB API
 * (dynalite): always a well-formed answer, nothing thrown, nothing internal in a body, bad input never a 5xx.
 * Bounded to a few seconds; {@code benchmarks/fuzz.sh} runs a million.
 */
@ExtendWith(DynaliteExtension.class)
class WebApiHandlerFuzzTest {
    /** Field, parameter and header names of the service's routes. */
    static final String[] WORDS = {"username", "email", "displayName", "limit", "next", "Content-Length"};
    /** Valid bodies, so that the fuzz gets past binding to the rules and the store. */
    static final String[] BODIES = {"{\"username\":\"john\",\"email\":\"john@example.com\"}",
        "{\"username\":\"ann\",\"email\":\"a@example.com\",\"displayName\":\"Ann\"}", "{\"email\":\"b@example.com\"}",
        "{\"displayName\":\"B\"}"};
    /** The service's own type names: a body naming one has leaked an internal message. */
    static final String[] SECRETS = {"UserChanges", "UserPage", "DynamoUserStore", "CursorCodec", "software.amazon"};

    @Test
    void arbitraryAndMutatedEventsAlwaysGetAWellFormedAnswerThatRevealsNothing(Dynalite dynalite) {
        try (DynamoDbClient client = dynalite.client()) {
            String table = "users-" + UUID.randomUUID();
            UsersTable.createIfAbsent(client, table);
            WebApiHandler handler = new WebApiHandler(new UsersApi(new DynamoUserStore(client, table),
                    CursorCodec.random()));

            EventFuzzer.Report report = EventFuzzer.of(handler).seed(16).words(WORDS).bodies(BODIES)
                    .secrets(SECRETS).run(3_000);

            assertThat(report.problems()).as("%s", report).isEmpty();
            assertThat(report.statuses()).as("%s", report).containsKeys(200, 201, 400, 404);
        }
    }
}
