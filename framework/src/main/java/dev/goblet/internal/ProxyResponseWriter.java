package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes an encoded {@link Response} (body null, text or bytes, see {@link ResponseEncoder}) as the proxy response
 * API Gateway expects for the event's payload version.
 *
 * <p>The Lambda entry point streams it with jackson-core's generator; tools that want a tree get the tree of the
 * very bytes Lambda would have written, so there is one writer.
 */
public final class ProxyResponseWriter {
    private ProxyResponseWriter() {}

    /**
     * Writes the proxy response to {@code out}: {@code statusCode}, {@code headers}, then for payload 1.0
     * {@code multiValueHeaders} or for 2.0 {@code cookies} when there are some, then {@code body} and
     * {@code isBase64Encoded}.
     *
     * @throws ClassCastException when the body is neither null, text nor bytes (a response no encoder made), before
     *     anything is written, so that the caller can still write another answer
     */
    public static void write(Response response, boolean payloadV2, JsonGenerator out) throws IOException {
        Object body = response.body();
        boolean base64 = body instanceof byte[];
        String text = base64 ? Base64.getEncoder().encodeToString((byte[]) body) : body == null ? "" : (String) body;
        out.writeStartObject();
        out.writeNumberField("statusCode", response.status());
        if (payloadV2) {
            writeV2Headers(out, response.headers());
        } else {
            writeV1Headers(out, response.headers());
        }
        out.writeStringField("body", text);
        out.writeBooleanField("isBase64Encoded", base64);
        out.writeEndObject();
    }

    /** The proxy response as a tree, for tools. */
    public static ObjectNode write(Response response, boolean payloadV2) {
        return (ObjectNode) tree(response, payloadV2);
    }

    /**
     * As {@link #write(Response, boolean)}, typed as the tree {@code handleEvent} returns: a hot-path class that
     * returned an {@code ObjectNode} as a {@code JsonNode} would have the JVM's verifier load both classes.
     */
    static JsonNode tree(Response response, boolean payloadV2) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(bytes)) {
                write(response, payloadV2, out);
            }
            return JsonBodies.MAPPER.readTree(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a proxy response to memory", e);
        }
    }

    private static void writeV1Headers(JsonGenerator out, Map<String, List<String>> headers) throws IOException {
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            List<String> values = header.getValue();
            out.writeStringField(header.getKey(), values.get(values.size() - 1));
        }
        out.writeEndObject();
        out.writeObjectFieldStart("multiValueHeaders");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            out.writeArrayFieldStart(header.getKey());
            for (String value : header.getValue()) {
                out.writeString(value);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** Payload 2.0 has no multi-value headers: values are joined by commas, and cookies go in their own list. */
    private static void writeV2Headers(JsonGenerator out, Map<String, List<String>> headers) throws IOException {
        out.writeObjectFieldStart("headers");
        boolean cookies = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (isSetCookie(header.getKey())) {
                cookies = true;
            } else {
                out.writeStringField(header.getKey(), String.join(",", header.getValue()));
            }
        }
        out.writeEndObject();
        if (cookies) {
            out.writeArrayFieldStart("cookies");
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (isSetCookie(header.getKey())) {
                    for (String value : header.getValue()) {
                        out.writeString(value);
                    }
                }
            }
            out.writeEndArray();
        }
    }

    private static boolean isSetCookie(String name) {
        return name.equalsIgnoreCase("Set-Cookie");
    }
}
