package dev.goblet.internal;

import dev.goblet.BadRequestError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of path segments and query strings, as API Gateway decodes them. */
public final class PathDecoder {
    private PathDecoder() {}

    /** Decodes {@code %XX} escapes as UTF-8; {@code +} stays a plus, as in a path. */
    public static String decodeSegment(String segment) {
        return decode(segment, false);
    }

    /** Decodes a query string component: {@code %XX} as UTF-8 and {@code +} as a space. */
    public static String decodeQueryComponent(String component) {
        return decode(component, true);
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw malformed(text);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw malformed(text);
                }
                out.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BadRequestError malformed(String text) {
        return new BadRequestError("Malformed percent-encoding in '" + text + "'");
    }
}
