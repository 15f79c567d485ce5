package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One API Gateway proxy event under construction. Every part has the value API Gateway would give a request from
 * this machine: stage {@code api}, a fresh request id, source ip {@code 127.0.0.1}, the current time.
 *
 * <p>Bodies follow API Gateway's rule for binary content: text (JSON, XML, {@code text/*}, forms, or no
 * {@code Content-Type}) that is valid UTF-8 is sent as is, anything else base64-encoded with
 * {@code isBase64Encoded: true}.
 */
public final class ProxyEventBuilder {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String ACCOUNT_ID = "123456789012";
    private static final String API_ID = "local";

    private final PayloadVersion version;
    private final String method;
    private final String path;
    private final StringBuilder rawQuery = new StringBuilder();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String stage = "api";
    private String requestId = UUID.randomUUID().toString();
    private String sourceIp = "127.0.0.1";
    private Instant time = Instant.now();
    private String resource;
    private Map<String, String> pathParameters = Map.of();
    private Map<String, String> stageVariables = Map.of();
    /** A REST API's binary types, which then alone decide what is base64; null for the text rule. */
    private BinaryMediaTypes binaryTypes;

    ProxyEventBuilder(PayloadVersion version, String method, String path) {
        this.version = version;
        this.method = method.toUpperCase(Locale.ROOT);
        int question = path.indexOf('?');
        this.path = question < 0 ? path : path.substring(0, question);
        if (question >= 0) {
            rawQuery.append(path.substring(question + 1));
        }
    }

    /** Adds a header value; call again with the same name for a multi-valued header. */
    public ProxyEventBuilder header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** Adds a query parameter value, given decoded; call again with the same name for several values. */
    public ProxyEventBuilder query(String name, String value) {
        return rawQuery(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** Appends an already percent-encoded query string such as {@code a=1&b=x%20y}. */
    public ProxyEventBuilder rawQuery(String encoded) {
        if (encoded != null && !encoded.isEmpty()) {
            rawQuery.append(rawQuery.length() == 0 ? "" : "&").append(encoded);
        }
        return this;
    }

    public ProxyEventBuilder body(byte[] bytes) {
        this.body = bytes == null ? new byte[0] : bytes.clone();
        return this;
    }

    /** The body as UTF-8 text. */
    public ProxyEventBuilder body(String text) {
        return body(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** The API Gateway stage: {@code api} by default, as Chalice's {@code api_gateway_stage}. */
    public ProxyEventBuilder stage(String stage) {
        this.stage = stage;
        return this;
    }

    public ProxyEventBuilder requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public ProxyEventBuilder sourceIp(String sourceIp) {
        this.sourceIp = sourceIp;
        return this;
    }

    public ProxyEventBuilder time(Instant time) {
        this.time = time;
        return this;
    }

    /**
     * The matched route, as API Gateway fills {@code resource}/{@code routeKey} and {@code pathParameters}; left
     * out, the event names the path itself (REST) or {@code $default} (HTTP API).
     */
    public ProxyEventBuilder route(String template, Map<String, String> pathParameters) {
        this.resource = template;
        this.pathParameters = Map.copyOf(pathParameters);
        return this;
    }

    /**
     * Encodes the body as a REST API with these binary media types does: base64 when its {@code Content-Type} is one
     * of them, as text otherwise (bytes that are not UTF-8 then arrive as API Gateway's replacement characters, as
     * they do deployed). Left unset, the body follows the text rule of the class's description.
     */
    public ProxyEventBuilder binaryMediaTypes(BinaryMediaTypes types) {
        this.binaryTypes = types;
        return this;
    }

    public ProxyEventBuilder stageVariables(Map<String, String> stageVariables) {
        this.stageVariables = Map.copyOf(stageVariables);
        return this;
    }

    public ObjectNode build() {
        return version == PayloadVersion.HTTP_2_0 ? buildV2() : buildV1();
    }

    private ObjectNode buildV1() {
        ObjectNode event = TestJson.MAPPER.createObjectNode();
        event.put("resource", resource == null ? path : resource);
        event.put("path", path);
        event.put("httpMethod", method);
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach((name, values) -> {
            single.put(name, values.get(values.size() - 1));
            values.forEach(multi.putArray(name)::add);
        });
        Map<String, List<String>> query = QueryString.parse(rawQuery.toString());
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode singleQuery = event.putObject("queryStringParameters");
            ObjectNode multiQuery = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                singleQuery.put(name, values.get(values.size() - 1));
                values.forEach(multiQuery.putArray(name)::add);
            });
        }
        putStrings(event, "pathParameters", pathParameters);
        putStrings(event, "stageVariables", stageVariables);
        event.set("requestContext", contextV1());
        putBody(event);
        return event;
    }

    private ObjectNode contextV1() {
        ObjectNode context = TestJson.MAPPER.createObjectNode();
        context.put("resourceId", "local");
        context.put("resourcePath", resource == null ? path : resource);
        context.put("httpMethod", method);
        context.put("extendedRequestId", requestId);
        context.put("requestTime", REQUEST_TIME.format(time));
        context.put("path", "/" + stage + path);
        context.put("accountId", ACCOUNT_ID);
        context.put("protocol", "HTTP/1.1");
        context.put("stage", stage);
        context.put("domainPrefix", API_ID);
        context.put("requestTimeEpoch", time.toEpochMilli());
        context.put("requestId", requestId);
        ObjectNode identity = context.putObject("identity");
        for (String field : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller",
                "principalOrgId", "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider",
                "userArn", "user")) {
            identity.putNull(field);
        }
        identity.put("sourceIp", sourceIp);
        putOrNull(identity, "userAgent", firstHeader("User-Agent"));
        context.put("domainName", domainName());
        context.put("apiId", API_ID);
        return context;
    }

    private ObjectNode buildV2() {
        ObjectNode event = TestJson.MAPPER.createObjectNode();
        String routeKey = resource == null ? "$default" : method + " " + resource;
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", "$default".equals(stage) ? path : "/" + stage + path);
        event.put("rawQueryString", rawQuery.toString());
        ObjectNode single = TestJson.MAPPER.createObjectNode();
        ArrayNode cookies = TestJson.MAPPER.createArrayNode();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(value -> splitCookies(value, cookies));
            } else {
                String joined = String.join(",", values);
                JsonNode earlier = single.get(lower);
                single.put(lower, earlier == null ? joined : earlier.asText() + "," + joined);
            }
        });
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        event.set("headers", single);
        Map<String, List<String>> query = QueryString.parse(rawQuery.toString());
        if (!query.isEmpty()) {
            ObjectNode joined = event.putObject("queryStringParameters");
            query.forEach((name, values) -> joined.put(name, String.join(",", values)));
        }
        event.set("requestContext", contextV2(routeKey));
        if (!pathParameters.isEmpty()) {
            putStrings(event, "pathParameters", pathParameters);
        }
        if (!stageVariables.isEmpty()) {
            putStrings(event, "stageVariables", stageVariables);
        }
        putBody(event);
        if (!event.has("body") || event.get("body").isNull()) {
            event.remove("body");
        }
        return event;
    }

    private ObjectNode contextV2(String routeKey) {
        ObjectNode context = TestJson.MAPPER.createObjectNode();
        context.put("accountId", ACCOUNT_ID);
        context.put("apiId", API_ID);
        context.put("domainName", domainName());
        context.put("domainPrefix", API_ID);
        ObjectNode http = context.putObject("http");
        http.put("method", method);
        http.put("path", "$default".equals(stage) ? path : "/" + stage + path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", sourceIp);
        putOrNull(http, "userAgent", firstHeader("User-Agent"));
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("stage", stage);
        context.put("time", REQUEST_TIME.format(time));
        context.put("timeEpoch", time.toEpochMilli());
        return context;
    }

    private void putBody(ObjectNode event) {
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else if (binaryTypes != null ? !binaryTypes.isBinary(firstHeader("Content-Type"))
                : isText(firstHeader("Content-Type")) && isUtf8(body)) {
            event.put("body", new String(body, StandardCharsets.UTF_8));
            event.put("isBase64Encoded", false);
        } else {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        }
    }

    /** Whether API Gateway passes a body of this type as text rather than as base64. */
    static boolean isText(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.endsWith("/json") || type.endsWith("+json")
                || type.endsWith("/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded") || type.equals("application/yaml");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void splitCookies(String header, ArrayNode cookies) {
        for (String cookie : header.split(";")) {
            if (!cookie.isBlank()) {
                cookies.add(cookie.trim());
            }
        }
    }

    private String firstHeader(String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    private String domainName() {
        String host = firstHeader("Host");
        return host == null ? "localhost" : host;
    }

    private static void putStrings(ObjectNode event, String field, Map<String, String> values) {
        if (values.isEmpty()) {
            event.putNull(field);
            return;
        }
        ObjectNode node = event.putObject(field);
        values.forEach(node::put);
    }

    private static void putOrNull(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
