package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.example.users.ProxyEventClient.Reply;
import dev.goblet.testing.Dynalite;
import dev.goblet.testing.DynaliteExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every route of the users service, success and error paths, through its generated handler on dynalite. */
@ExtendWith(DynaliteExtension.class)
class UsersRoutesTest {
    private static final String JOHN = "{\"username\":\"john\", \"email\":\"john@example.com\"}";

    private DynamoDbClient client;
    private ProxyEventClient api;

    @BeforeEach
    void freshTable(Dynalite dynalite) {
        client = dynalite.client();
        String table = "users-" + UUID.randomUUID();
        UsersTable.createIfAbsent(client, table);
        CursorCodec cursors = new CursorCodec("routes-test-key".getBytes(StandardCharsets.UTF_8));
        api = new ProxyEventClient(new WebApiHandler(new UsersApi(new DynamoUserStore(client, table), cursors)));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void createAnswers201WithTheUserAndGetReadsItBack() {
        Reply created = api.post("/users", JOHN);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers()).containsEntry("Content-Type", "application/json");
        assertThat(created.json()).isEqualTo(json("{\"username\":\"john\",\"email\":\"john@example.com\"}"));
        Reply read = api.get("/users/john");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void createKeepsTheOptionalDisplayName() {
        api.post("/users", "{\"username\":\"ada\",\"email\":\"ada@example.org\",\"displayName\":\"Ada L.\"}");

        assertThat(api.get("/users/ada").json().path("displayName").asText()).isEqualTo("Ada L.");
    }

    @Test
    void creatingAnExistingUsernameIs409AndKeepsTheFirstUser() {
        api.post("/users", JOHN);

        Reply again = api.post("/users", "{\"username\":\"john\",\"email\":\"other@example.com\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ConflictError");
        assertThat(again.message()).isEqualTo("User 'john' already exists");
        assertThat(api.get("/users/john").json().path("email").asText()).isEqualTo("john@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "John", "jo hn", "jo/hn", "jöhn",
        "a234567890123456789012345678901234567890123456789012345678901234x"})
    void createRefusesAnInvalidUsername(String username) {
        Reply reply = api.post("/users", "{\"username\":\"" + username + "\",\"email\":\"j@example.com\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("BadRequestError");
        assertThat(reply.message()).startsWith("Invalid username").contains("1 to 64 characters among a-z, 0-9");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void createRefusesAUsernameThatAPathWouldTakeForADotSegment(String username) {
        Reply reply = api.post("/users", "{\"username\":\"" + username + "\",\"email\":\"j@example.com\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Invalid username").contains("other than '.' and '..'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@example.com", ".a@example.com", "a.@example.com"})
    void createRefusesAnEmailWhoseLocalPartHasAnEmptyDotAtom(String email) {
        Reply reply = api.post("/users", "{\"username\":\"john\",\"email\":\"" + email + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Invalid email '" + email + "'");
        assertThat(api.post("/users", "{\"username\":\"john\",\"email\":\"a.b@example.com\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aUsernameOf64CharactersIsAccepted() {
        String username = "u".repeat(64);

        assertThat(api.post("/users", "{\"username\":\"" + username + "\",\"email\":\"j@example.com\"}").status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"john", "john@", "@example.com", "john@example", "john@@example.com", "jo hn@example.com",
        "john@-example.com", "john@example..com"})
    void createRefusesAnImplausibleEmail(String email) {
        Reply reply = api.post("/users", "{\"username\":\"john\",\"email\":\"" + email + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Invalid email '" + email + "'");
        assertThat(api.get("/users/john").status()).isEqualTo(404);
    }

    @Test
    void createRequiresUsernameAndEmail() {
        assertThat(api.post("/users", "{\"email\":\"j@example.com\"}").message())
                .isEqualTo("Missing required field 'username' in body 'user'");
        assertThat(api.post("/users", "{\"username\":\"john\"}").message())
                .isEqualTo("Missing required field 'email' in body 'user'");
    }

    @Test
    void createRefusesUnknownFields() {
        Reply reply = api.post("/users", "{\"username\":\"john\",\"email\":\"j@example.com\",\"admin\":true}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Unknown field 'admin'");
        assertThat(api.get("/users/john").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"username\":", "null", "[1,2]", "\"john\"", "{\"username\":\"john\",\"email\":7}x"})
    void createRefusesABodyThatIsNotAUserObject(String body) {
        Reply reply = api.post("/users", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("BadRequestError");
    }

    @Test
    void createRequiresABody() {
        Reply reply = api.send("POST", "/users", null, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Missing request body");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String padding = " ".repeat(UsersApi.MAX_BODY_BYTES);
        Reply reply = api.post("/users", "{\"username\":\"john\",\"email\":\"j@example.com\"" + padding + "}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.errorCode()).isEqualTo("RequestEntityTooLargeError");
        assertThat(reply.message()).endsWith("the limit is " + UsersApi.MAX_BODY_BYTES);
        assertThat(api.get("/users/john").status()).isEqualTo(404);
    }

    @Test
    void aDisplayNameOverItsLimitIs400() {
        String name = "n".repeat(UserRules.MAX_DISPLAY_NAME + 1);
        Reply reply = api.post("/users", "{\"username\":\"john\",\"email\":\"j@example.com\",\"displayName\":\""
                + name + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Invalid displayName");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Reply reply = api.send("POST", "/users", "username=john", "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(415);
    }

    @Test
    void getOfAnUnknownUserIs404() {
        Reply reply = api.get("/users/nobody");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("NotFoundError");
        assertThat(reply.message()).isEqualTo("User 'nobody' not found");
    }

    @Test
    void getOfAnInvalidUsernameIs400() {
        Reply reply = api.get("/users/NotValid");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("Invalid username 'NotValid'");
    }

    @Test
    void updateSetsTheGivenAttributesAndKeepsTheOthers() {
        api.post("/users", "{\"username\":\"john\",\"email\":\"john@example.com\",\"displayName\":\"John\"}");

        Reply updated = api.put("/users/john", "{\"email\":\"john@example.org\"}");

        assertThat(updated.status()).isEqualTo(200);
        JsonNode expected = json("{\"username\":\"john\",\"email\":\"john@example.org\",\"displayName\":\"John\"}");
        assertThat(updated.json()).isEqualTo(expected);
        assertThat(api.get("/users/john").json()).isEqualTo(expected);

        Reply renamed = api.put("/users/john", "{\"displayName\":\"Johnny\"}");
        assertThat(renamed.json().path("displayName").asText()).isEqualTo("Johnny");
        assertThat(renamed.json().path("email").asText()).isEqualTo("john@example.org");
    }

    @Test
    void updateOfAnUnknownUserIs404AndCreatesNothing() {
        Reply reply = api.put("/users/ghost", "{\"email\":\"ghost@example.com\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("User 'ghost' not found");
        assertThat(api.get("/users/ghost").status()).isEqualTo(404);
    }

    @Test
    void updateRefusesAnEmptyChangeAnInvalidEmailAndTheUsername() {
        api.post("/users", JOHN);

        assertThat(api.put("/users/john", "{}").message()).startsWith("Nothing to update");
        assertThat(api.put("/users/john", "{\"email\":\"nope\"}").message()).startsWith("Invalid email 'nope'");
        Reply rename = api.put("/users/john", "{\"username\":\"jack\"}");
        assertThat(rename.status()).isEqualTo(400);
        assertThat(rename.message()).contains("Unknown field 'username'");
        assertThat(api.put("/users/john", "{\"email\":\"j@example.com\"" + " ".repeat(5000) + "}").status())
                .isEqualTo(413);
        assertThat(api.get("/users/john").json().path("email").asText()).isEqualTo("john@example.com");
        assertThat(api.get("/users/jack").status()).isEqualTo(404);
    }

    @Test
    void deleteAnswers204ThenTheUserIsGone() {
        api.post("/users", JOHN);

        Reply deleted = api.delete("/users/john");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get("/users/john").status()).isEqualTo(404);
        assertThat(api.post("/users", JOHN).status()).as("the name is free again").isEqualTo(201);
    }

    @Test
    void deleteOfAnUnknownUserIs404() {
        api.post("/users", JOHN);
        api.delete("/users/john");

        Reply again = api.delete("/users/john");

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.message()).isEqualTo("User 'john' not found");
        assertThat(api.delete("/users/Bad!").status()).isEqualTo(400);
    }

    @Test
    void listOfAnEmptyTableIsOneEmptyPage() {
        JsonNode page = api.get("/users").json();

        assertThat(page.path("users").size()).isZero();
        assertThat(page.path("next").isNull()).isTrue();
    }

    @Test
    void listPagesThroughEveryUserOnceWithTheNextCursor() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            String username = "user" + i;
            assertThat(api.post("/users", "{\"username\":\"" + username + "\",\"email\":\"u" + i
                    + "@example.com\"}").status()).isEqualTo(201);
            created.add(username);
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String query = "/users?limit=3";
        for (int pages = 0; pages < 10; pages++) {
            Reply reply = api.get(query);
            assertThat(reply.status()).isEqualTo(200);
            JsonNode page = reply.json();
            pageSizes.add(page.path("users").size());
            page.path("users").forEach(user -> {
                seen.add(user.path("username").asText());
                assertThat(user.path("email").asText()).endsWith("@example.com");
            });
            if (page.path("next").isNull()) {
                break;
            }
            query = "/users?limit=3&next=" + page.path("next").asText();
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(pageSizes.subList(0, 2)).containsExactly(3, 3);
        assertThat(pageSizes).allMatch(size -> size <= 3);
    }

    @Test
    void listUsesTheDefaultLimitOf25() {
        for (int i = 0; i < 26; i++) {
            api.post("/users", "{\"username\":\"u" + i + "\",\"email\":\"u" + i + "@example.com\"}");
        }

        JsonNode first = api.get("/users").json();

        assertThat(first.path("users").size()).isEqualTo(25);
        assertThat(first.path("next").isTextual()).isTrue();
        JsonNode second = api.get("/users?next=" + first.path("next").asText()).json();
        assertThat(second.path("users").size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten"})
    void listRefusesALimitOutOfRange(String limit) {
        Reply reply = api.get("/users?limit=" + limit);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("'limit'");
    }

    @Test
    void listRefusesATamperedCursor() {
        for (int i = 0; i < 3; i++) {
            api.post("/users", "{\"username\":\"u" + i + "\",\"email\":\"u" + i + "@example.com\"}");
        }
        String next = api.get("/users?limit=1").json().path("next").asText();
        assertThat(api.get("/users?limit=1&next=" + next).status()).isEqualTo(200);

        int dot = next.indexOf('.');
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2|1|9999999999|zzz".getBytes(StandardCharsets.UTF_8)) + next.substring(dot);
        List<String> tampered = List.of(
                flip(next, 0), flip(next, dot + 2), next.substring(0, next.length() - 2), next + "A",
                next.replace(".", ""), forgedPayload, "garbage", "a.b.c", "%%%.%%%");
        for (String cursor : tampered) {
            Reply reply = api.get("/users?limit=1&next=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertThat(reply.status()).as(cursor).isEqualTo(400);
            assertThat(reply.message()).as(cursor).startsWith("Invalid cursor 'next'");
        }
        Reply otherLimit = api.get("/users?limit=2&next=" + next);
        assertThat(otherLimit.status()).as("a cursor continues its own query only").isEqualTo(400);
        assertThat(otherLimit.message()).contains("another 'limit'");
    }

    @Test
    void unknownRoutesAndMethodsAnswerAsChaliceDoes() {
        assertThat(api.get("/accounts").status()).isEqualTo(404);
        assertThat(api.send("PATCH", "/users/john", "{}", "application/json").status()).isEqualTo(405);
    }

    private static String flip(String text, int index) {
        char c = text.charAt(index);
        return text.substring(0, index) + (c == 'A' ? 'B' : 'A') + text.substring(index + 1);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
