package dev.goblet.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body as a browser writes it, to send with {@link TestRequest#multipart} or over
 * real HTTP: text fields and files, in order, between lines of a boundary of its own.
 *
 * <pre>{@code
 * MultipartBody body = MultipartBody.create()
 *         .field("caption", "at the beach")
 *         .file("avatar", "me.png", "image/png", pngBytes);
 * }</pre>
 */
public final class MultipartBody {
    private final String boundary = "goblet-" + UUID.randomUUID();
    private final ByteArrayOutputStream parts = new ByteArrayOutputStream();

    private MultipartBody() {}

    public static MultipartBody create() {
        return new MultipartBody();
    }

    /** A text field; call again with the same name for several values. */
    public MultipartBody field(String name, String value) {
        return part("form-data; name=" + quoted(name), null, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A file part; {@code contentType} may be null, which multipart reads as {@code application/octet-stream}. */
    public MultipartBody file(String name, String filename, String contentType, byte[] content) {
        return part("form-data; name=" + quoted(name) + "; filename=" + quoted(filename), contentType, content);
    }

    /** The {@code Content-Type} header to send it with, boundary included. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body's bytes, closing boundary included. */
    public byte[] bytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(parts.toByteArray());
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }

    private MultipartBody part(String disposition, String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        parts.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        parts.writeBytes(content);
        parts.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A quoted name as browsers write it: a quote, CR and LF percent-encoded (the HTML standard's rule). */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A") + "\"";
    }
}
