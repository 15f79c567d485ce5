package dev.goblet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file of a {@code multipart/form-data} body, as a route parameter annotated {@link Form} receives it: the field's
 * name, the file name and content type the client gave, and the bytes. Immutable: {@link #bytes()} is a copy.
 */
public final class FilePart {
    private final String name;
    private final String filename;
    private final String contentType;
    private final byte[] content;

    /**
     * A file part; the bytes are kept as given, not copied, so do not change them afterwards.
     *
     * @param contentType the part's {@code Content-Type}; multipart's default, {@code application/octet-stream},
     *     when null
     */
    public FilePart(String name, String filename, String contentType, byte[] content) {
        this.name = name;
        this.filename = filename;
        this.contentType = contentType == null ? "application/octet-stream" : contentType;
        this.content = content;
    }

    /** The form field's name. */
    public String name() {
        return name;
    }

    /** The file's name as the client sent it (a browser sends the base name): untrusted, never a path to use. */
    public String filename() {
        return filename;
    }

    /** The part's {@code Content-Type} as the client sent it, parameters included. */
    public String contentType() {
        return contentType;
    }

    /** The number of bytes. */
    public int size() {
        return content.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return content.clone();
    }

    /** The bytes to read, without a copy. */
    public InputStream inputStream() {
        return new ByteArrayInputStream(content);
    }

    /** The bytes as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "FilePart[" + name + ": " + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
