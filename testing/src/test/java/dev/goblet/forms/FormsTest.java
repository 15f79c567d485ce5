package dev.goblet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.testing.MultipartBody;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Url-encoded and multipart bodies through the entry point generated for {@link UploadsApp}. */
class FormsTest {
    /** Every answer is also checked against the OpenAPI document: the 400s, 413s and 415s must be declared. */
    private final TestClient client = TestClient.of(new UploadsHandler()).checkingDocument();
    /** Bytes that are no UTF-8, which only a base64 body carries intact. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};

    @Test
    void aUrlEncodedFormBindsARecordFieldByField() {
        TestResponse response = client.http().post("/contact").form("name", "Ann Lee").form("email", "ann@example.com")
                .form("topic", "SUPPORT").form("message", "héllo & bye").send();

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.json().get("name").asText()).isEqualTo("Ann Lee");
        assertThat(response.json().get("topic").asText()).isEqualTo("SUPPORT");
        assertThat(response.json().get("message").asText()).isEqualTo("héllo & bye");
    }

    @Test
    void theSameFormAsMultipartBindsTheSame() {
        TestResponse response = client.http().post("/contact").multipart(MultipartBody.create()
                .field("name", "Ann").field("email", "ann@example.com").field("topic", "SALES")).send();

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.json().get("email").asText()).isEqualTo("ann@example.com");
        assertThat(response.json().get("message").isNull()).isTrue();
    }

    @Test
    void fieldsConvertTakeDefaultsAndRepeat() {
        JsonNode vote = client.http().post("/votes").form("stars", "4").form("tag", "a").form("tag", "b").send()
                .json();

        assertThat(vote.get("stars").asInt()).isEqualTo(4);
        assertThat(vote.get("voter").asText()).isEqualTo("anonymous");
        assertThat(vote.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void aMissingOrUnconvertibleOrConstrainedFieldIsA400NamingIt() {
        assertError(client.http().post("/contact").form("email", "a@b.c").form("topic", "SALES").send(), 400,
                "BadRequestError", "Missing required form field 'name'");
        assertError(client.http().post("/contact").form("name", "Ann").form("email", "a@b.c").form("topic", "HR")
                .send(), 400, "BadRequestError", "Invalid value for form field 'topic': 'HR'");
        assertError(client.http().post("/contact").form("name", " ").form("email", "a@b.c").form("topic", "SALES")
                .send(), 400, "BadRequestError", "Invalid form field 'name': must not be blank");
        assertError(client.http().post("/votes").form("stars", "9").send(), 400, "BadRequestError",
                "Invalid form field 'stars': must be at most 5");
        assertError(client.http().post("/votes").send(), 400, "BadRequestError",
                "Missing required form field 'stars'");
    }

    @Test
    void aFileArrivesWithItsNameTypeAndBytes() {
        TestResponse response = client.http().post("/avatars").multipart(MultipartBody.create()
                .file("avatar", "me.png", "image/png", PNG).field("caption", "at the beach")
                .file("extras", "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8))
                .file("extras", "b.txt", null, "b".getBytes(StandardCharsets.UTF_8))).send();

        assertThat(response.status()).as(response.bodyText()).isEqualTo(201);
        JsonNode answer = response.json();
        assertThat(answer.get("field").asText()).isEqualTo("avatar");
        assertThat(answer.get("filename").asText()).isEqualTo("me.png");
        assertThat(answer.get("contentType").asText()).isEqualTo("image/png");
        assertThat(answer.get("size").asInt()).isEqualTo(PNG.length);
        assertThat(answer.get("first").asInt()).isEqualTo(0x89);
        assertThat(answer.get("caption").asText()).isEqualTo("at the beach");
        assertThat(answer.get("extras").toString()).isEqualTo("[\"a.txt\",\"b.txt\"]");
    }

    @Test
    void anEmptyFileInputIsNoFile() {
        assertError(client.http().post("/avatars").multipart(MultipartBody.create()
                .file("avatar", "", "application/octet-stream", new byte[0])).send(), 400, "BadRequestError",
                "Missing required file 'avatar'");
    }

    @Test
    void aBodyOrAPartOverTheLimitIsA413() {
        assertError(client.http().post("/avatars").multipart(MultipartBody.create()
                .file("avatar", "big.png", "image/png", new byte[1025])).send(), 413, "RequestEntityTooLargeError",
                "Form field 'avatar' is over this route's limit of 1024 bytes a part");
        MultipartBody many = MultipartBody.create().file("avatar", "a.png", "image/png", PNG);
        for (int i = 0; i < 5; i++) {
            many.file("extras", "x" + i, null, new byte[1000]);
        }
        assertError(client.http().post("/avatars").multipart(many).send(), 413, "RequestEntityTooLargeError",
                "The form body is over this route's limit of 4096 bytes");
    }

    @Test
    void aMalformedMultipartBodyIsA400SayingWhat() {
        assertError(client.http().post("/contact").contentType("multipart/form-data").body("--x\r\n").send(), 400,
                "BadRequestError",
                "Malformed multipart body: the Content-Type gives no boundary of 1 to 70 characters");
        assertError(client.http().post("/contact").contentType("multipart/form-data; boundary=x")
                .body("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAnn").send(), 400,
                "BadRequestError", "Malformed multipart body: the body ends before its closing boundary");
        assertError(client.http().post("/contact").contentType("multipart/form-data; boundary=x")
                .body("--x\r\nContent-Type: text/plain\r\n\r\nAnn\r\n--x--").send(), 400,
                "BadRequestError", "Malformed multipart body: a part has no 'Content-Disposition: form-data;"
                        + " name=...' header");
        assertError(client.http().post("/votes").contentType("application/x-www-form-urlencoded").body("stars=%zz")
                .send(), 400, "BadRequestError",
                "Malformed form body: bad percent-encoding in '%zz'");
    }

    @Test
    void aJsonBodyToAFormRouteIsA415() {
        assertError(client.http().post("/contact").json(Map.of("name", "Ann")).send(), 415,
                "UnsupportedMediaType", "Unsupported media type: application/json; POST /contact accepts"
                        + " application/x-www-form-urlencoded, multipart/form-data");
    }

    private static void assertError(TestResponse response, int status, String code, String message) {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(status);
        assertThat(response.json().get("Code").asText()).isEqualTo(code);
        assertThat(response.json().get("Message").asText()).isEqualTo(message);
        assertThat(response.bodyText()).doesNotContain("dev.goblet", "Exception");
    }
}
