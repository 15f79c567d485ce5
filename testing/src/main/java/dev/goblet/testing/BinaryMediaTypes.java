package dev.goblet.testing;

import java.util.List;
import java.util.Locale;

/**
 * A REST API's binary media types ({@code binaryMediaTypes}) and the two rules API Gateway applies with them to a
 * Lambda proxy integration: a request body of a binary type reaches the function base64-encoded, any other as text;
 * a base64 answer is decoded to bytes only when the first media type of the request's {@code Accept} is a binary
 * type, else the client gets the base64 text. A type may be a wildcard: {@code image/*}, {@code *}{@code /*}.
 *
 * @param types the media types, as the template lists them
 */
public record BinaryMediaTypes(List<String> types) {
    /** Chalice's list, the types of an app that names none of its own. */
    public static final BinaryMediaTypes CHALICE = new BinaryMediaTypes(List.of("application/octet-stream",
            "application/x-tar", "application/zip", "audio/basic", "audio/ogg", "audio/mp4", "audio/mpeg",
            "audio/wav", "audio/webm", "image/png", "image/jpg", "image/jpeg", "image/gif", "video/ogg",
            "video/mpeg", "video/webm"));

    public BinaryMediaTypes {
        types = List.copyOf(types);
    }

    /** Whether a body of this {@code Content-Type} (parameters ignored) is binary; no type is not. */
    public boolean isBinary(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = mediaType(contentType);
        for (String binary : types) {
            if (matches(binary.toLowerCase(Locale.ROOT), type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether API Gateway hands a base64 answer to this request as bytes: by the first type of its Accept. */
    public boolean decodesFor(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return isBinary(accept.split(",", 2)[0]);
    }

    private static boolean matches(String pattern, String type) {
        if (pattern.equals("*/*") || pattern.equals(type)) {
            return true;
        }
        int slash = pattern.indexOf('/');
        return pattern.endsWith("/*") && type.startsWith(pattern.substring(0, slash + 1));
    }

    private static String mediaType(String header) {
        return header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
