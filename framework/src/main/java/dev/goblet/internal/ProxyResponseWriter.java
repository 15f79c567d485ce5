package dev.goblet.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes an encoded {@link Response} (body null, text or bytes, see {@link ResponseEncoder}) as the proxy response
 * API Gateway expects for the event's payload version.
 */
public final class ProxyResponseWriter {
    private ProxyResponseWriter() {}

    public static ObjectNode write(Response response, boolean payloadV2) {
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

    /** Payload 2.0 has no multi-value headers: values are joined by commas, and cookies go in their own list. */
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
