package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.forms.UploadsHandler;
import dev.goblet.internal.JsonBodies;
import dev.goblet.testing.MultipartBody;
import dev.goblet.testing.PayloadVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Form bodies over real HTTP: the local server passes a multipart upload to the handler base64-encoded, as API
 * Gateway does for a binary media type, so bytes that are no UTF-8 arrive whole, on a REST and an HTTP API alike.
 */
class LocalFormsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};
    private static LocalServer rest;
    private static LocalServer httpApi;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ServerOptions options = ServerOptions.defaults().withPort(0).withLog(log);
        rest = LocalServer.start(new UploadsHandler(), options);
        httpApi = LocalServer.start(new UploadsHandler(), options.withPayload(PayloadVersion.HTTP_2_0));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        rest.close();
        httpApi.close();
    }

    @ParameterizedTest
    @EnumSource(PayloadVersion.class)
    void aMultipartUploadArrivesByteForByte(PayloadVersion payload) throws Exception {
        MultipartBody body = MultipartBody.create().field("caption", "été")
                .file("avatar", "me.png", "image/png", PNG);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(payload, "/avatars"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JsonBodies.MAPPER.readTree(response.body());
        assertThat(answer.get("filename").asText()).isEqualTo("me.png");
        assertThat(answer.get("size").asInt()).isEqualTo(PNG.length);
        assertThat(answer.get("first").asInt()).isEqualTo(0x89);
        assertThat(answer.get("caption").asText()).isEqualTo("été");
    }

    @ParameterizedTest
    @EnumSource(PayloadVersion.class)
    void aUrlEncodedFormAndAPartOverTheLimit(PayloadVersion payload) throws Exception {
        HttpResponse<String> vote = client.send(HttpRequest.newBuilder(uri(payload, "/votes"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("stars=3&voter=Jo+Lee")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
        assertThat(JsonBodies.MAPPER.readTree(vote.body()).get("voter").asText()).isEqualTo("Jo Lee");

        MultipartBody big = MultipartBody.create().file("avatar", "big.png", "image/png", new byte[2000]);
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri(payload, "/avatars"))
                .header("Content-Type", big.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(big.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JsonBodies.MAPPER.readTree(refused.body()).get("Code").asText())
                .isEqualTo("RequestEntityTooLargeError");
    }

    private static URI uri(PayloadVersion payload, String path) {
        return URI.create((payload == PayloadVersion.REST_1_0 ? rest : httpApi).uri() + path);
    }
}
