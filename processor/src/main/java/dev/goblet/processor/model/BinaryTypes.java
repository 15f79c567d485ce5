package dev.goblet.processor.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The binary media types of an app's REST API ({@code binaryMediaTypes}): Chalice's list, then the types beside
 * {@code @App}, then each route's {@code contentTypes} that is not text, so that an upload route's bodies reach it
 * as bytes without a line of config. Text types (JSON, XML, {@code text/*}, forms, JavaScript, YAML) are left out:
 * API Gateway would base64 them for nothing. One list for the template and the local server.
 */
public final class BinaryTypes {
    /** Chalice's binary types: answers of these types reach a client that accepts them as bytes. */
    public static final List<String> CHALICE = List.of("application/octet-stream", "application/x-tar",
            "application/zip", "audio/basic", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav", "audio/webm",
            "image/png", "image/jpg", "image/jpeg", "image/gif", "video/ogg", "video/mpeg", "video/webm");
    /** A media type or a wildcard of one: {@code image/png}, {@code image/*}, {@code *}{@code /*}. */
    public static final Pattern MEDIA_TYPE = Pattern.compile(
            "(\\*/\\*|[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/(\\*|[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*))");

    private BinaryTypes() {}

    /**
     * Uploads: without it API Gateway would pass a multipart body as text and mangle every byte that is not UTF-8
     * (what Chalice users add by hand with {@code app.api.binary_types.append('multipart/form-data')}). Its bodies
     * reach the function base64-encoded, which the runtime decodes.
     */
    static final String MULTIPART = "multipart/form-data";

    /** The app's list, in that order, each type once. */
    public static List<String> of(AppModel app) {
        Set<String> types = new LinkedHashSet<>(CHALICE);
        types.add(MULTIPART);
        app.binaryTypes().forEach(type -> types.add(type.toLowerCase(Locale.ROOT)));
        for (RouteModel route : app.routes()) {
            route.contentTypes().stream().filter(type -> !type.contains("*") && !isText(type)).forEach(types::add);
        }
        return List.copyOf(types);
    }

    /** Whether a body of this type is text to API Gateway's users: sent as it is, never base64. */
    static boolean isText(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.endsWith("/json") || t.endsWith("+json") || t.endsWith("/xml")
                || t.endsWith("+xml") || t.equals("application/javascript")
                || t.equals("application/x-www-form-urlencoded") || t.equals("application/yaml");
    }
}
