package dev.goblet.internal;

import dev.goblet.BadRequestError;
import dev.goblet.FilePart;
import dev.goblet.FormLimits;
import dev.goblet.Request;
import dev.goblet.RequestEntityTooLargeError;
import dev.goblet.UnsupportedMediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the form body of a route with {@code @Form} parameters, once per request, for its generated method to bind
 * from: {@code application/x-www-form-urlencoded} or {@code multipart/form-data} (RFC 7578). What breaks the form is a
 * 400 saying what; what is over the route's {@code @FormLimits} a 413.
 *
 * <p>Parsed here rather than by a library: the body is already in memory, base64 decoded, so one pass over its bytes
 * is all there is to do, where multipart libraries bring streaming and servlet machinery every cold start would load.
 */
public final class FormReader {
    private static final String URLENCODED = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    /** RFC 2046's longest boundary; a longer one is no multipart body's. */
    private static final int MAX_BOUNDARY = 70;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] DASHES = {'-', '-'};
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};

    private FormReader() {}

    /** The request's form; empty when it has no body, so that each required field reports itself missing. */
    public static FormFields read(Request request, int maxBytes, int maxPartBytes) {
        if (!request.hasBody()) {
            return FormFields.EMPTY;
        }
        byte[] body = request.rawBody();
        if (body.length > maxBytes) {
            throw new RequestEntityTooLargeError("The form body is over this route's limit of " + maxBytes + " bytes");
        }
        String type = request.contentType();
        if (URLENCODED.equals(type)) {
            return urlEncoded(new String(body, StandardCharsets.UTF_8), maxPartBytes);
        }
        if (MULTIPART.equals(type)) {
            return multipart(body, request.header("Content-Type"), maxPartBytes);
        }
        // Only a route that lists other content types beside the form's gets here.
        throw new UnsupportedMediaType("Unsupported media type: " + type + "; " + request.method() + " "
                + request.resourcePath() + " reads a form: " + URLENCODED + " or " + MULTIPART);
    }

    /**
     * The request's form for code that reads it itself, as middleware does: within Lambda's payload limit, and empty
     * when the body is no form (none, JSON...), so that asking is safe whatever the request; a 400 when it is malformed.
     */
    public static FormFields readIfForm(Request request) {
        String type = request.contentType();
        if (!URLENCODED.equals(type) && !MULTIPART.equals(type)) {
            return FormFields.EMPTY;
        }
        return read(request, FormLimits.LAMBDA_PAYLOAD_BYTES, FormLimits.LAMBDA_PAYLOAD_BYTES);
    }

    /** {@code a=1&b=two+words}: '+' is a space, {@code %XX} a UTF-8 byte, a name without '=' an empty value. */
    private static FormFields urlEncoded(String body, int maxPartBytes) {
        FormFields form = new FormFields();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (pair.length() - equals - 1 > maxPartBytes) {
                throw tooLarge(name, maxPartBytes);
            }
            form.addField(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestError("Malformed form body: bad percent-encoding in '" + text + "'");
        }
    }

    /**
     * Each part between {@code --boundary} lines: its headers up to a blank line, then its content up to the CRLF
     * before the next boundary. What comes before the first boundary (the preamble) and after the last is ignored.
     */
    private static FormFields multipart(byte[] body, String contentType, int maxPartBytes) {
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw malformed("the Content-Type gives no boundary of 1 to " + MAX_BOUNDARY + " characters");
        }
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position;
        if (startsWith(body, delimiter, 2, 0)) {
            position = delimiter.length - 2;
        } else {
            int first = indexOf(body, delimiter, 0);
            if (first < 0) {
                throw malformed("the body does not start with the boundary of its Content-Type");
            }
            position = first + delimiter.length;
        }
        FormFields form = new FormFields();
        while (!startsWith(body, DASHES, 0, position)) {
            while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
                position++;
            }
            if (position >= body.length) {
                throw malformed("the body ends before its closing boundary");
            }
            if (!startsWith(body, CRLF, 0, position)) {
                throw malformed("a boundary line goes on after the boundary");
            }
            position += 2;
            int headersEnd = startsWith(body, CRLF, 0, position) ? position - 2 : indexOf(body, BLANK_LINE, position);
            if (headersEnd < 0) {
                throw malformed("a part's headers do not end in a blank line");
            }
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, delimiter, position);
            if (contentEnd < 0) {
                throw malformed("the body ends before its closing boundary");
            }
            if (contentEnd < contentStart) {
                throw malformed("a part's headers run into the next boundary");
            }
            String headers = headersEnd < position ? "" : new String(body, position, headersEnd - position,
                    StandardCharsets.UTF_8);
            part(form, headers, body, contentStart, contentEnd, maxPartBytes);
            position = contentEnd + delimiter.length;
        }
        return form;
    }

    /**
     * One part: a file when its {@code Content-Disposition} has a {@code filename}, else a text field. A file input
     * left empty sends a part with an empty file name and no bytes, which is no file.
     */
    private static void part(FormFields form, String headers, byte[] body, int start, int end, int maxPartBytes) {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (line.isEmpty()) {
                continue;
            }
            if (colon < 0) {
                throw malformed("a part's header line has no ':'");
            }
            String name = line.substring(0, colon).trim();
            if (name.equalsIgnoreCase("Content-Disposition")) {
                disposition = line.substring(colon + 1).trim();
            } else if (name.equalsIgnoreCase("Content-Type")) {
                type = line.substring(colon + 1).trim();
            }
        }
        int semicolon = disposition == null ? -1 : disposition.indexOf(';');
        String kind = semicolon < 0 ? disposition : disposition.substring(0, semicolon);
        if (kind == null || !kind.trim().equalsIgnoreCase("form-data")) {
            throw malformed("a part has no 'Content-Disposition: form-data; name=...' header");
        }
        String name = parameter(disposition, "name");
        if (name == null || name.isEmpty()) {
            throw malformed("a part's Content-Disposition has no name");
        }
        if (end - start > maxPartBytes) {
            throw tooLarge(name, maxPartBytes);
        }
        String filename = parameter(disposition, "filename");
        if (filename == null) {
            form.addField(name, new String(body, start, end - start, StandardCharsets.UTF_8));
        } else if (!filename.isEmpty() || end > start) {
            form.addFile(new FilePart(name, filename, type, Arrays.copyOfRange(body, start, end)));
        }
    }

    /**
     * The parameter {@code key} of a header value such as {@code form-data; name="a"; filename="b.txt"}, or null. A
     * quoted value ends at its closing quote; {@code \"} and {@code \\} in it are escapes, any other backslash is
     * itself, as browsers send file names (they encode a quote as {@code %22} and leave backslashes alone).
     */
    static String parameter(String header, String key) {
        int length = header.length();
        int i = header.indexOf(';');
        while (i >= 0) {
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                return null;
            }
            String name = header.substring(i + 1, equals).trim();
            i = equals + 1;
            while (i < length && header.charAt(i) == ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < length && header.charAt(i) == '"') {
                for (i++; i < length && header.charAt(i) != '"'; i++) {
                    char c = header.charAt(i);
                    if (c == '\\' && i + 1 < length && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                        c = header.charAt(++i);
                    }
                    value.append(c);
                }
                i++;
            } else {
                int end = header.indexOf(';', i);
                value.append(header, i, end < 0 ? length : end);
                i = end < 0 ? length : end;
            }
            if (name.equalsIgnoreCase(key)) {
                return value.toString().trim();
            }
            i = header.indexOf(';', Math.min(i, length));
        }
        return null;
    }

    /** Whether {@code bytes} holds {@code prefix}, from its index {@code from}, at {@code position}. */
    private static boolean startsWith(byte[] bytes, byte[] prefix, int from, int position) {
        if (position < 0 || position + prefix.length - from > bytes.length) {
            return false;
        }
        for (int i = from; i < prefix.length; i++) {
            if (bytes[position + i - from] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] target, int from) {
        for (int i = Math.max(from, 0); i <= bytes.length - target.length; i++) {
            if (bytes[i] == target[0] && startsWith(bytes, target, 0, i)) {
                return i;
            }
        }
        return -1;
    }

    private static BadRequestError malformed(String reason) {
        return new BadRequestError("Malformed multipart body: " + reason);
    }

    private static RequestEntityTooLargeError tooLarge(String field, int limit) {
        return new RequestEntityTooLargeError("Form field '" + field + "' is over this route's limit of " + limit
                + " bytes a part");
    }
}
