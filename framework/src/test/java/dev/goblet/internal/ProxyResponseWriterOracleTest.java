package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.NotFoundError;
import dev.goblet.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer writes the bytes the tree writer it replaced wrote (kept below as the oracle, word for word,
 * and written as the entry point wrote it, by the data binding), for answers of every shape: text, bytes, none,
 * errors, repeated headers, cookies in any case, text that JSON escapes.
 */
class ProxyResponseWriterOracleTest {
    private static List<Response> responses() {
        List<Response> responses = new ArrayList<>();
        responses.add(Response.noContent());
        responses.add(ResponseEncoder.encode(Response.status(200).body("hi").build()));
        responses.add(ResponseEncoder.encode(Response.status(201).body(new byte[] {0, 1, (byte) 0xff}).build()));
        responses.add(ResponseEncoder.encode(Response.status(200).body(new byte[0]).build()));
        responses.add(ResponseEncoder.encode(Response.status(200).header("X-Tag", "red").header("X-Tag", "blue")
                .header("Set-Cookie", "a=1; HttpOnly").header("set-cookie", "b=2").header("SET-COOKIE", "c=3")
                .header("x-tag", "green").body("text").build()));
        responses.add(ResponseEncoder.encode(Response.status(302).header("Location", "/next?q=\"é\"\t\u2028")
                .header("Set-Cookie", "only=1").build()));
        responses.add(ResponseEncoder.encode(Response.status(200)
                .body("\"quoted\" \\ / \u0000 \u001f \u007f é 😀 \ud800 </script>").build()));
        responses.add(ResponseEncoder.encode(Response.ok(Map.of("name", "Zoë", "n", 1))));
        responses.add(ResponseEncoder.error(new NotFoundError("No user \"jdoe\" é")));
        responses.add(ResponseEncoder.error(new MethodNotAllowedError("Not here", List.of("GET", "PUT"))));
        responses.add(ResponseEncoder.internalError());
        responses.add(CorsHeaders.of("Access-Control-Allow-Origin", "*").addTo(Response.status(200).body("x").build()));
        return responses;
    }

    @Test
    void writesTheBytesTheTreeWriterWrote() throws IOException {
        for (Response response : responses()) {
            for (boolean v2 : new boolean[] {false, true}) {
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(streamed)) {
                    ProxyResponseWriter.write(response, v2, out);
                }
                ByteArrayOutputStream tree = new ByteArrayOutputStream();
                JsonBodies.MAPPER.writeValue(tree, treeWriterWrite(response, v2));

                assertThat(streamed.toString(StandardCharsets.UTF_8)).as("payload 2.0: %s", v2)
                        .isEqualTo(tree.toString(StandardCharsets.UTF_8));
                assertThat(streamed.toByteArray()).isEqualTo(tree.toByteArray());
                assertThat(ProxyResponseWriter.write(response, v2)).isEqualTo(treeWriterWrite(response, v2));
            }
        }
    }

    @Test
    void aBodyOfNoEncodedTypeFailsBeforeAnythingIsWritten() throws IOException {
        Response unencoded = Response.status(200).header("X-A", "1").body(Map.of("a", 1)).build();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(streamed)) {
            try {
                ProxyResponseWriter.write(unencoded, false, out);
            } catch (ClassCastException expected) {
                ProxyResponseWriter.write(Response.noContent(), false, out);
            }
        }

        assertThat(JsonBodies.MAPPER.readTree(streamed.toByteArray()).get("statusCode").asInt()).isEqualTo(204);
    }

    @Test
    void errorBodiesAreTheTextTheDataBindingWrote() {
        for (String message : List.of("No user jdoe", "\"quoted\" \\ / \u0000 \u001f é 😀 \ud800 </script>", "")) {
            String before = JsonBodies.writeText(JsonBodies.MAPPER.createObjectNode().put("Code", "NotFoundError")
                    .put("Message", message));

            assertThat(ResponseEncoder.error(new NotFoundError(message)).body()).isEqualTo(before);
        }
        assertThat(ResponseEncoder.internalError().body()).isEqualTo(JsonBodies.writeText(JsonBodies.MAPPER
                .createObjectNode().put("Code", "InternalServerError")
                .put("Message", "An internal server error occurred.")));
    }

    /** The tree writer before the streaming one, word for word. */
    private static ObjectNode treeWriterWrite(Response response, boolean payloadV2) {
        ObjectNode out = JsonBodies.MAPPER.createObjectNode();
        out.put("statusCode", response.status());
        Map<String, List<String>> headers = response.headers();
        if (payloadV2) {
            writeV2Headers(out, headers);
        } else {
            writeV1Headers(out, headers);
        }
        Object body = response.body();
        if (body instanceof byte[] bytes) {
            out.put("body", Base64.getEncoder().encodeToString(bytes));
            out.put("isBase64Encoded", true);
        } else {
            out.put("body", body == null ? "" : (String) body);
            out.put("isBase64Encoded", false);
        }
        return out;
    }

    private static void writeV1Headers(ObjectNode out, Map<String, List<String>> headers) {
        ObjectNode single = out.putObject("headers");
        ObjectNode multi = out.putObject("multiValueHeaders");
        headers.forEach((name, values) -> {
            single.put(name, values.get(values.size() - 1));
            ArrayNode list = multi.putArray(name);
            values.forEach(list::add);
        });
    }

    private static void writeV2Headers(ObjectNode out, Map<String, List<String>> headers) {
        ObjectNode single = out.putObject("headers");
        ArrayNode cookies = JsonBodies.MAPPER.createArrayNode();
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(cookies::add);
            } else {
                single.put(name, String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            out.set("cookies", cookies);
        }
    }
}
