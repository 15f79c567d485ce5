package dev.goblet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.goblet.AuthorizerContext;
import dev.goblet.BadRequestError;
import dev.goblet.Headers;
import dev.goblet.Identity;
import dev.goblet.Request;
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
 * The tree reader of proxy events that {@link ProxyEventReader} replaced, kept word for word as the oracle of
 * {@link ProxyEventReaderOracleTest}: the streaming reader must read every event, however odd its JSON types, as
 * this one did. Test code only; the runtime has no tree reader.
 */
final class TreeProxyEventReader {
    private TreeProxyEventReader() {}

    /** Whether the event is an HTTP API payload 2.0 event; its answer must then be written as 2.0 too. */
    static boolean isPayloadV2(JsonNode event) {
        return "2.0".equals(text(event, "version"));
    }

    static Request read(JsonNode event) {
        if (event == null || !event.isObject()) {
            throw new BadRequestError("The event is not an API Gateway proxy event");
        }
        return isPayloadV2(event) ? readV2(event) : readV1(event);
    }

    private static Request readV1(JsonNode event) {
        JsonNode context = event.path("requestContext");
        String method = text(event, "httpMethod");
        String path = text(event, "path");
        if (method == null || path == null) {
            throw new BadRequestError("The event has no httpMethod or path: it is not an API Gateway proxy event");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        putValues(headers, event.path("multiValueHeaders"), event.path("headers"), true);
        Map<String, List<String>> query = new LinkedHashMap<>();
        putValues(query, event.path("multiValueQueryStringParameters"), event.path("queryStringParameters"), false);
        JsonNode identity = context.path("identity");
        return Request.builder(method.toUpperCase(Locale.ROOT), path)
                .headers(Headers.of(headers))
                .queryParameters(query)
                .body(body(event))
                .stage(orDefault(text(context, "stage"), "$default"))
                .requestId(orDefault(text(context, "requestId"), ""))
                .identity(new Identity(text(identity, "sourceIp"), text(identity, "userAgent"), strings(identity)))
                .authorizer(authorizer(context.path("authorizer"), context.path("authorizer"),
                        text(identity, "userArn")))
                .stageVariables(strings(event.path("stageVariables")))
                .build();
    }

    private static Request readV2(JsonNode event) {
        JsonNode context = event.path("requestContext");
        JsonNode http = context.path("http");
        String method = text(http, "method");
        String rawPath = orDefault(text(event, "rawPath"), text(http, "path"));
        if (method == null || rawPath == null) {
            throw new BadRequestError("The event has no method or rawPath: it is not an API Gateway proxy event");
        }
        String stage = orDefault(text(context, "stage"), "$default");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        putValues(headers, MissingNode.getInstance(), event.path("headers"), true);
        List<String> cookies = new ArrayList<>();
        event.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        if (!cookies.isEmpty()) {
            headers.keySet().removeIf("cookie"::equalsIgnoreCase);
            headers.put("Cookie", List.of(String.join("; ", cookies)));
        }
        Map<String, String> identity = strings(http);
        identity.remove("method");
        identity.remove("path");
        return Request.builder(method.toUpperCase(Locale.ROOT), withoutStage(rawPath, stage))
                .headers(Headers.of(headers))
                .queryParameters(queryV2(event))
                .body(body(event))
                .stage(stage)
                .requestId(orDefault(text(context, "requestId"), ""))
                .identity(new Identity(text(http, "sourceIp"), text(http, "userAgent"), identity))
                .authorizer(authorizer(context.path("authorizer").path("jwt"),
                        context.path("authorizer").path("lambda"), text(context.path("authorizer").path("iam"),
                                "userArn")))
                .stageVariables(strings(event.path("stageVariables")))
                .build();
    }

    private static Map<String, List<String>> queryV2(JsonNode event) {
        String raw = text(event, "rawQueryString");
        if (raw != null) {
            return parseQuery(raw);
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        putValues(query, MissingNode.getInstance(), event.path("queryStringParameters"), false);
        return query;
    }

    /**
     * The authorizer's say: claims from {@code token.claims} (Cognito, JWT), context from {@code lambda}'s fields
     * (a Lambda authorizer's), the principal from the context, the {@code sub} claim or the IAM caller.
     */
    private static AuthorizerContext authorizer(JsonNode token, JsonNode lambda, String iamCaller) {
        Map<String, String> claims = strings(token.path("claims"));
        Map<String, String> context = strings(lambda);
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
    static Map<String, List<String>> parseQuery(String rawQuery) {
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

    private static byte[] body(JsonNode event) {
        String body = text(event, "body");
        if (body == null) {
            return new byte[0];
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
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
    private static void putValues(Map<String, List<String>> values, JsonNode multi, JsonNode single,
            boolean ignoreCase) {
        Iterator<Map.Entry<String, JsonNode>> fields = multi.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), texts(field.getValue()));
        }
        fields = single.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            // API Gateway writes a name alike in both objects, so the exact look-up almost always decides.
            // With no multi-value object there is nothing to repeat, and Headers merges names that differ in case.
            boolean known = values.containsKey(field.getKey()) || ignoreCase && !multi.isEmpty()
                    && values.keySet().stream().anyMatch(field.getKey()::equalsIgnoreCase);
            if (!field.getValue().isNull() && !known) {
                values.put(field.getKey(), List.of(field.getValue().asText()));
            }
        }
    }

    /**
     * The values of a name in a multi-value object: API Gateway always writes an array, but a hand-made or mutated
     * event may hold a single value or an object there, which count as one value and none.
     */
    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            return array.isValueNode() && !array.isNull() ? List.of(array.asText()) : List.of();
        }
        if (array.size() == 1) {
            return List.of(array.get(0).asText());
        }
        String[] texts = new String[array.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = array.get(i).asText();
        }
        return List.of(texts);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new HashMap<>();
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
