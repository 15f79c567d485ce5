package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.AuthorizerContext;
import dev.goblet.BadRequestError;
import dev.goblet.Headers;
import dev.goblet.Identity;
import dev.goblet.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an API Gateway proxy event, REST (payload 1.0) or HTTP API (payload 2.0), into a {@link Request}.
 *
 * <p>The event is read as a stream of tokens, in one pass: the reader keeps the few fields a request is made of and
 * skips the others unread, so the Lambda entry point builds no tree and loads no class of jackson-databind (which
 * is most of a cold start's Jackson). Fields come in any order, the version after the headers or the base64 flag
 * before the body, so what they mean is worked out once the event is read, from what was kept.
 *
 * <p>What is kept reads as {@code JsonNode} read it, the tree this reader replaced: a value of an unexpected JSON
 * type is the text {@code asText()} gave (a number's digits, {@code ""} for an object or array), a null is no
 * value, a name given twice keeps its last value in its first place. Hand-made and mutated events thus get the
 * answers they always got.
 */
public final class ProxyEventReader {
    /**
     * The runtime's streaming JSON factory, for the proxy event in and the proxy response out; jackson-core only.
     * Its limits are Jackson's defaults, the same as the data binding's: nesting deeper than 1,000 levels or a
     * number of more than 1,000 digits is unreadable. A text over the 20,000,000 characters limit is too, but only
     * in a field the reader keeps: it skips the others unread (the tree path refused it anywhere; Lambda's payloads
     * are at most 6 MB).
     */
    public static final JsonFactory FACTORY = new JsonFactory();

    private ProxyEventReader() {}

    /**
     * Reads the event at {@code parser}, which has not read a token yet, and the end of the input after it.
     *
     * @throws IOException when the input is not JSON, is cut short, or holds more than one value
     */
    public static Event read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            // Not JSON, or JSON that is no object: the same 400 either way, so the rest need not be read.
            return Event.NOT_AN_EVENT;
        }
        Fields event = Fields.read(parser, Shape.EVENT);
        if (parser.nextToken() != null) {
            // The data binding refuses a second value (FAIL_ON_TRAILING_TOKENS), so the tree path does, and so this.
            throw new IOException("More than one JSON value");
        }
        return new Event(event);
    }

    /** Whether the event is an HTTP API payload 2.0 event; its answer must then be written as 2.0 too. */
    public static boolean isPayloadV2(JsonNode event) {
        return Event.of(event).payloadV2();
    }

    /** The request of an event given as a tree, as tools hold it: the same reader, fed the tree's tokens. */
    public static Request read(JsonNode event) {
        return Event.of(event).request();
    }

    /** An event read: its payload version, and the request it makes. */
    public static final class Event {
        /** What is not a JSON object, or not JSON: a 400, answered as payload 1.0 since no version can be told. */
        public static final Event NOT_AN_EVENT = new Event(null);

        /** The event's fields; null when it is not a JSON object. */
        private final Fields fields;
        private final boolean payloadV2;

        private Event(Fields fields) {
            this.fields = fields;
            this.payloadV2 = fields != null && "2.0".equals(fields.text("version"));
        }

        /** The event given as a tree, read through its tokens; {@link #NOT_AN_EVENT} for null. */
        public static Event of(JsonNode event) {
            if (event == null) {
                return NOT_AN_EVENT;
            }
            try (JsonParser parser = event.traverse()) {
                return read(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("A JSON tree cannot be unreadable", e);
            }
        }

        /** Whether the event is an HTTP API payload 2.0 event; its answer must then be written as 2.0 too. */
        public boolean payloadV2() {
            return payloadV2;
        }

        /**
         * The request the event makes.
         *
         * @throws BadRequestError when it is not an API Gateway proxy event, or its body is marked base64 and is
         *     not, or its raw query string is malformed
         */
        public Request request() {
            if (fields == null) {
                throw new BadRequestError("The event is not an API Gateway proxy event");
            }
            return payloadV2 ? readV2(fields) : readV1(fields);
        }
    }

    private static Request readV1(Fields event) {
        Fields context = event.object("requestContext");
        String method = event.text("httpMethod");
        String path = event.text("path");
        if (method == null || path == null) {
            throw new BadRequestError("The event has no httpMethod or path: it is not an API Gateway proxy event");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        putValues(headers, event.object("multiValueHeaders"), event.object("headers"), true);
        Map<String, List<String>> query = new LinkedHashMap<>();
        putValues(query, event.object("multiValueQueryStringParameters"), event.object("queryStringParameters"),
                false);
        Fields identity = context.object("identity");
        return Request.builder(method.toUpperCase(Locale.ROOT), path)
                .headers(Headers.of(headers))
                .queryParameters(query)
                .body(body(event))
                .stage(orDefault(context.text("stage"), "$default"))
                .requestId(orDefault(context.text("requestId"), ""))
                .identity(new Identity(identity.text("sourceIp"), identity.text("userAgent"), identity.strings()))
                .authorizer(authorizer(context.object("authorizer"), context.object("authorizer"),
                        identity.text("userArn")))
                .stageVariables(event.object("stageVariables").strings())
                .build();
    }

    private static Request readV2(Fields event) {
        Fields context = event.object("requestContext");
        Fields http = context.object("http");
        String method = http.text("method");
        String rawPath = orDefault(event.text("rawPath"), http.text("path"));
        if (method == null || rawPath == null) {
            throw new BadRequestError("The event has no method or rawPath: it is not an API Gateway proxy event");
        }
        String stage = orDefault(context.text("stage"), "$default");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        putValues(headers, Fields.NONE, event.object("headers"), true);
        List<String> cookies = event.texts("cookies");
        if (!cookies.isEmpty()) {
            // A function URL also leaves them in a cookie header: one Cookie, from the list.
            for (Iterator<String> names = headers.keySet().iterator(); names.hasNext(); ) {
                if (names.next().equalsIgnoreCase("cookie")) {
                    names.remove();
                }
            }
            headers.put("Cookie", List.of(String.join("; ", cookies)));
        }
        Map<String, String> identity = http.strings();
        identity.remove("method");
        identity.remove("path");
        Fields authorizer = context.object("authorizer");
        return Request.builder(method.toUpperCase(Locale.ROOT), withoutStage(rawPath, stage))
                .headers(Headers.of(headers))
                .queryParameters(queryV2(event))
                .body(body(event))
                .stage(stage)
                .requestId(orDefault(context.text("requestId"), ""))
                .identity(new Identity(http.text("sourceIp"), http.text("userAgent"), identity))
                .authorizer(authorizer(authorizer.object("jwt"), authorizer.object("lambda"),
                        authorizer.object("iam").text("userArn")))
                .stageVariables(event.object("stageVariables").strings())
                .build();
    }

    /**
     * The raw query string, which keeps each value of a repeated name apart; an event without one (made by hand or
     * by a tool) has its {@code queryStringParameters}, one value each.
     */
    private static Map<String, List<String>> queryV2(Fields event) {
        String raw = event.text("rawQueryString");
        if (raw != null) {
            return parseQuery(raw);
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        putValues(query, Fields.NONE, event.object("queryStringParameters"), false);
        return query;
    }

    /**
     * The authorizer's say: claims from {@code token.claims} (Cognito, JWT), context from {@code lambda}'s fields
     * (a Lambda authorizer's), the principal from the context, the {@code sub} claim or the IAM caller.
     */
    private static AuthorizerContext authorizer(Fields token, Fields lambda, String iamCaller) {
        Map<String, String> claims = token.object("claims").strings();
        Map<String, String> context = lambda.strings();
        String principal = context.remove("principalId");
        if (principal == null) {
            principal = claims.containsKey("sub") ? claims.get("sub") : iamCaller;
        }
        return principal == null && claims.isEmpty() && context.isEmpty() ? AuthorizerContext.NONE
                : new AuthorizerContext(principal, claims, context);
    }

    /** HTTP APIs put a named stage in front of the path; the routes do not know it. */
    private static String withoutStage(String rawPath, String stage) {
        if ("$default".equals(stage)) {
            return rawPath;
        }
        String prefix = "/" + stage;
        if (rawPath.equals(prefix)) {
            return "/";
        }
        return rawPath.startsWith(prefix + "/") ? rawPath.substring(prefix.length()) : rawPath;
    }

    /** Parses {@code a=1&b=2&a=3}, keeping every value of a repeated name in order. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = PathDecoder.decodeQueryComponent(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : PathDecoder.decodeQueryComponent(pair.substring(equals + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static byte[] body(Fields event) {
        String body = event.text("body");
        if (body == null) {
            return new byte[0];
        }
        if (event.flag("isBase64Encoded")) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new BadRequestError("The body is marked base64 but is not valid base64");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Puts every value of the multi-value object, then the single value of each name it lacks (tests and some
     * tools send only those). For headers, "accept" and "Accept" are one name.
     */
    private static void putValues(Map<String, List<String>> values, Fields multi, Fields single,
            boolean ignoreCase) {
        multi.values.keySet().forEach(name -> values.put(name, multi.texts(name)));
        boolean anyMulti = !multi.isEmpty();
        single.values.forEach((name, value) -> {
            // API Gateway writes a name alike in both objects, so the exact look-up almost always decides.
            // With no multi-value object there is nothing to repeat, and Headers merges names that differ in case.
            boolean known = values.containsKey(name) || ignoreCase && anyMulti
                    && values.keySet().stream().anyMatch(name::equalsIgnoreCase);
            if (value != null && !known) {
                values.put(name, List.of(Fields.text(value)));
            }
        });
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /**
     * How the reader reads a value it keeps: an object by the shapes of its names (the others' scalars as text,
     * their objects and arrays skipped unread), or one of the values the event's fields hold. The value of a name
     * whose shape is an object but which is not one is read as the others are.
     */
    private static final class Shape {
        /** An object: by {@link #parts}, or every value by {@link #others} when set. */
        static final int OBJECT = 0;
        /**
         * A multi-value object, as {@link #MULTI} reads it. Where a non-empty array stands instead, it is
         * {@link Fields#ITEMS}: the tree reader found no values in it, but took it as not empty.
         */
        static final int MULTI_VALUES = 1;
        /**
         * The values of one name of a multi-value object: every item of an array as its {@link #itemText}, a
         * scalar as one value, a null or an object as none.
         */
        static final int TEXTS = 2;
        /** The cookies: the items of an array, or the values of an object (a tree iterates those), as text. */
        static final int COOKIES = 3;
        /**
         * The value as {@code asBoolean(false)} took it: true for {@code true}, a non-zero integer or the text
         * {@code "true"} with spaces around; false for anything else.
         */
        static final int FLAG = 4;

        /**
         * A scalar the reader keeps as text, as it reads the fields of an object by default: null for a JSON null,
         * {@link Fields#NONE} for an object or array, skipped unread.
         */
        static final int SCALAR = 5;

        /** Scalars only: headers, stage variables, identity, claims. */
        static final Shape SCALARS = object(Map.of());
        static final Shape MULTI = new Shape(OBJECT, Map.of(), value(TEXTS), false);
        static final Shape JWT = object(Map.of("claims", SCALARS));
        static final Shape AUTHORIZER = object(Map.of("claims", SCALARS, "lambda", SCALARS, "iam", SCALARS,
                "jwt", JWT));
        /**
         * The event and its context are read for a few of their fields only: the others (a REST event's context
         * has a dozen) are skipped unread, costing no text. Their values are looked up by name, never listed.
         */
        static final Shape CONTEXT = closed(Map.of("identity", SCALARS, "http", SCALARS, "authorizer", AUTHORIZER,
                "stage", value(SCALAR), "requestId", value(SCALAR)));
        static final Shape EVENT = closed(Map.ofEntries(Map.entry("headers", SCALARS),
                Map.entry("queryStringParameters", SCALARS), Map.entry("stageVariables", SCALARS),
                Map.entry("multiValueHeaders", value(MULTI_VALUES)),
                Map.entry("multiValueQueryStringParameters", value(MULTI_VALUES)),
                Map.entry("requestContext", CONTEXT), Map.entry("cookies", value(COOKIES)),
                Map.entry("isBase64Encoded", value(FLAG)), Map.entry("version", value(SCALAR)),
                Map.entry("httpMethod", value(SCALAR)), Map.entry("path", value(SCALAR)),
                Map.entry("rawPath", value(SCALAR)), Map.entry("rawQueryString", value(SCALAR)),
                Map.entry("body", value(SCALAR))));

        final int kind;
        private final Map<String, Shape> parts;
        private final Shape others;
        /**
         * For an object whose names without a part are skipped, not kept: where each part's value is kept in
         * {@link Fields#slots}. Null for an object that keeps every name.
         */
        private final Map<String, Integer> slots;

        private Shape(int kind, Map<String, Shape> parts, Shape others, boolean closed) {
            this.kind = kind;
            this.parts = parts;
            this.others = others;
            Map<String, Integer> slots = new HashMap<>();
            parts.keySet().forEach(name -> slots.put(name, slots.size()));
            this.slots = closed ? Map.copyOf(slots) : null;
        }

        boolean closed() {
            return slots != null;
        }

        /** The slot of a part of a closed object; null for a name it does not keep. */
        Integer slot(String name) {
            return slots.get(name);
        }

        private static Shape object(Map<String, Shape> parts) {
            return new Shape(OBJECT, parts, null, false);
        }

        private static Shape closed(Map<String, Shape> parts) {
            return new Shape(OBJECT, parts, null, true);
        }

        private static Shape value(int kind) {
            return new Shape(kind, Map.of(), null, false);
        }

        /** The shape of a name's value; null to read it as by default. */
        Shape part(String name) {
            Shape part = parts.get(name);
            return part == null ? others : part;
        }

        /** Reads the value at the parser's current token, up to and with its last token. */
        Object read(JsonParser parser) throws IOException {
            int token = parser.currentTokenId();
            switch (kind) {
                case MULTI_VALUES:
                    if (token != JsonTokenId.ID_START_ARRAY) {
                        return Fields.read(parser, MULTI);
                    }
                    boolean items = false;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        items = true;
                    }
                    return items ? Fields.ITEMS : Fields.NONE;
                case TEXTS:
                    if (token == JsonTokenId.ID_START_ARRAY) {
                        return items(parser);
                    }
                    parser.skipChildren();
                    return token == JsonTokenId.ID_START_OBJECT || token == JsonTokenId.ID_NULL ? List.of()
                            : List.of(scalarText(parser));
                case COOKIES:
                    if (token == JsonTokenId.ID_START_ARRAY) {
                        return items(parser);
                    }
                    Map<String, String> byName = new LinkedHashMap<>();
                    if (token == JsonTokenId.ID_START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            byName.put(name, itemText(parser));
                        }
                    }
                    return new ArrayList<>(byName.values());
                case SCALAR:
                    if (token == JsonTokenId.ID_START_OBJECT || token == JsonTokenId.ID_START_ARRAY) {
                        parser.skipChildren();
                        return Fields.NONE;
                    }
                    return token == JsonTokenId.ID_NULL ? null : scalarText(parser);
                case FLAG:
                    parser.skipChildren();
                    return token == JsonTokenId.ID_TRUE
                            || token == JsonTokenId.ID_NUMBER_INT && !scalarText(parser).equals("0")
                            || token == JsonTokenId.ID_STRING && parser.getText().trim().equals("true")
                            || token == JsonTokenId.ID_EMBEDDED_OBJECT
                                    && Boolean.TRUE.equals(parser.getEmbeddedObject());
                default:
                    return Fields.read(parser, this);
            }
        }

        /**
         * The items of the array at the parser, as text, in a list that cannot be changed. Most arrays of an event
         * hold one value (a header's), which takes no list of its own to collect.
         */
        private static List<String> items(JsonParser parser) throws IOException {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return List.of();
            }
            String first = itemText(parser);
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return List.of(first);
            }
            List<String> texts = new ArrayList<>();
            texts.add(first);
            do {
                texts.add(itemText(parser));
            } while (parser.nextToken() != JsonToken.END_ARRAY);
            return List.copyOf(texts);
        }
    }

    /**
     * A scalar's text as {@code asText()} gave it: a string as it is, a number as Java writes its value (so
     * {@code 1e2} is {@code 100.0}), a boolean as {@code true} or {@code false}.
     */
    private static String scalarText(JsonParser parser) throws IOException {
        switch (parser.currentTokenId()) {
            case JsonTokenId.ID_STRING:
                return parser.getText();
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                // The tree's node for the number: an int, long or BigInteger, a double (a text parser never says
                // FLOAT or BIG_DECIMAL, a tree built in code may), each written as Java writes it.
                JsonParser.NumberType type = parser.getNumberType();
                return type == JsonParser.NumberType.INT ? Integer.toString(parser.getIntValue())
                        : type == JsonParser.NumberType.LONG ? Long.toString(parser.getLongValue())
                        : type == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue().toString()
                        : type == JsonParser.NumberType.FLOAT ? Float.toString(parser.getFloatValue())
                        : type == JsonParser.NumberType.BIG_DECIMAL ? parser.getDecimalValue().toString()
                        : Double.toString(parser.getDoubleValue());
            case JsonTokenId.ID_TRUE:
                return "true";
            case JsonTokenId.ID_FALSE:
                return "false";
            case JsonTokenId.ID_EMBEDDED_OBJECT:
                // Only a tree built in code holds one: bytes, which a tree writes as base64, or any object.
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes)
                        : String.valueOf(embedded);
            default:
                throw new IllegalStateException("Not a scalar: " + parser.currentToken());
        }
    }

    /** An item of an array as {@code asText()} gave it: {@code "null"} for a null, {@code ""} for a container. */
    private static String itemText(JsonParser parser) throws IOException {
        switch (parser.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT:
            case JsonTokenId.ID_START_ARRAY:
                parser.skipChildren();
                return "";
            case JsonTokenId.ID_NULL:
                return "null";
            default:
                return scalarText(parser);
        }
    }

    /**
     * The fields of one object that the reader kept: each name's last value, which is text for a scalar, null for
     * a JSON null, {@link #NONE} for an object or array skipped, or what its {@link Shape} read. An object that
     * keeps every name keeps them in their first order; a closed one only its parts, by slot.
     */
    private static final class Fields {
        /** No fields: what an absent object, or a value that is not one, reads as. */
        static final Fields NONE = new Fields(Map.of());
        /** No fields, but not empty: a non-empty array where a multi-value object was expected. */
        static final Fields ITEMS = new Fields(Map.of());

        /** Every name's value, in first order, for an object that keeps every name; empty for a closed one. */
        final Map<String, Object> values;
        /** For a closed object, its shape and the value of each part by slot (null for absent); else null. */
        private final Shape shape;
        private final Object[] slots;

        private Fields(Map<String, Object> values) {
            this.values = values;
            this.shape = null;
            this.slots = null;
        }

        private Fields(Shape shape, Object[] slots) {
            this.values = Map.of();
            this.shape = shape;
            this.slots = slots;
        }

        /** Reads the object at the parser's current token by {@code shape}, up to and with its end. */
        static Fields read(JsonParser parser, Shape shape) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return NONE;
            }
            // A closed object keeps its few parts in slots, a map for the fields it does not read costing nothing.
            Object[] slots = shape.closed() ? new Object[shape.parts.size()] : null;
            Map<String, Object> values = slots == null ? new LinkedHashMap<>() : null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                Shape part = shape.part(name);
                if (part == null && slots != null) {
                    parser.skipChildren();
                    continue;
                }
                Object value;
                if (part != null && (token == JsonToken.START_OBJECT || part.kind != Shape.OBJECT)) {
                    value = part.read(parser);
                } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    value = NONE;
                } else {
                    value = token == JsonToken.VALUE_NULL ? null : scalarText(parser);
                }
                if (slots != null) {
                    slots[shape.slot(name)] = value;
                } else {
                    // As in a tree: the last value of a name given twice, in the place of the first.
                    values.put(name, value);
                }
            }
            return slots != null ? new Fields(shape, slots) : new Fields(values);
        }

        /** The value of a field: see {@link Fields}; null when absent. */
        private Object get(String name) {
            if (slots == null) {
                return values.get(name);
            }
            Integer slot = shape.slot(name);
            return slot == null ? null : slots[slot];
        }

        /** Whether the value was empty to the tree reader: no fields, and not {@link #ITEMS}. */
        boolean isEmpty() {
            return values.isEmpty() && this != ITEMS;
        }

        /** The text of a field: null when absent or null, {@code ""} for an object or array. */
        String text(String name) {
            return text(get(name));
        }

        static String text(Object value) {
            return value == null || value instanceof String ? (String) value : "";
        }

        /** The object a field holds; {@link #NONE} when it is absent or not an object. */
        Fields object(String name) {
            return get(name) instanceof Fields fields ? fields : NONE;
        }

        /** The texts a {@link Shape#TEXTS} or {@link Shape#COOKIES} field read; empty when absent. */
        @SuppressWarnings("unchecked")
        List<String> texts(String name) {
            return get(name) instanceof List<?> texts ? (List<String>) texts : List.of();
        }

        /** What a {@link Shape#FLAG} field read; false when absent. */
        boolean flag(String name) {
            return Boolean.TRUE.equals(get(name));
        }

        /** The scalar fields as text, nulls left out; a fresh map the caller may change. */
        Map<String, String> strings() {
            Map<String, String> strings = new HashMap<>();
            values.forEach((name, value) -> {
                if (value instanceof String text) {
                    strings.put(name, text);
                }
            });
            return strings;
        }
    }
}
