package dev.goblet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Feeds an API function seeded, arbitrary and mutated API Gateway proxy events (REST payload 1.0 and HTTP API 2.0)
 * through its Lambda entry point, and checks every answer against what API Gateway needs and what a caller may
 * see: a well-formed proxy response, never an exception, never a Java class name, stack frame or parser message in
 * a body, and never a 5xx (a 5xx answers a bug, so a fuzzed request that gets one has found one).
 *
 * <p>Events are built from the function's own routes (paths filled with random segments), with random methods,
 * query strings, headers and bodies (the given valid bodies, JSON of random shape using the given field names,
 * text, base64, broken base64), then one in two is mutated: a node of the event replaced by a value of another JSON
 * type, a field removed or added, or the encoded bytes cut or altered. The same seed gives the same events, so a
 * failure found once is found again.
 *
 * <pre>{@code
 * EventFuzzer.Report report = EventFuzzer.of(new WebApiHandler()).seed(7).words("username", "email").run(5_000);
 * assertThat(report.problems()).isEmpty();
 * }</pre>
 */
public final class EventFuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "get", "TRACE", "", "P\u00d6ST");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "APPLICATION/JSON", "text/plain", "application/octet-stream", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "", ";;", "image/png", "*/*");
    private static final List<String> SEGMENTS = List.of("1", "0", "-1", "42", "2147483648", "9".repeat(40), "abc",
            "john", "a%20b", "%", "%zz", "%E0%A4%A", "%2F", "..", ".", "", "null", "true", "\u00e9t\u00e9",
            "\ud83d\ude00",
            "3f1c2e9a-0b7d-4c1e-9a57-6d1f0e2b4c11", "x".repeat(300), "a+b", "%00", "RED", "GREEN", "<script>");
    private static final List<String> TEXTS = List.of("", " ", "a", "john", "j@example.com", "a..b@example.com",
            "RED", "1", "-0", "1e400", "true", "yes", "null", "\u0000", "\r\n", "\u00e9", "\ud83d\ude00", "\ud800",
            "' OR 1=1 --", "x".repeat(5000), "{}", "[]", "%", "2023-02-29", "3f1c2e9a-0b7d-4c1e-9a57-6d1f0e2b4c11");
    /**
     * What a body must never show a caller: a package-qualified Java name, a stack frame, an exception's or
     * parser's words. Fuzzed input never holds these, so an echo of input cannot trip it.
     */
    private static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jdk|sun|com|org|dev)\\.[a-z0-9_]+\\.|\\tat |Exception|Throwable|StackOverflow"
                    + "|OutOfMemory|\\[Source:|line: \\d|column: \\d|Constraints|LinkedHashMap|JsonNode|ObjectNode"
                    + "|ArrayNode|jackson|Cannot invoke|Cannot deserialize|Cannot construct|because \"");

    private final ApiFunction function;
    private final List<ApiRoute> routes = new ArrayList<>();
    private final List<String> words = new ArrayList<>(List.of("name", "id", "limit", "next", "tag", "q"));
    private final Set<String> skipped = new HashSet<>();
    private final List<String> secrets = new ArrayList<>();
    private final List<JsonNode> bodies = new ArrayList<>();
    private long seed = 1;

    private EventFuzzer(ApiFunction function) {
        this.function = function;
        this.routes.addAll(function.routes());
    }

    /** A fuzzer for {@code function}, seeded with 1. */
    public static EventFuzzer of(ApiFunction function) {
        return new EventFuzzer(function);
    }

    public EventFuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Field, query and header names the events use besides random ones: a body record's, a route's parameters. */
    public EventFuzzer words(String... names) {
        words.addAll(List.of(names));
        return this;
    }

    /** Valid JSON bodies of the app's routes: sent as they are, or mutated, so that the fuzz also gets past binding. */
    public EventFuzzer bodies(String... json) {
        for (String body : json) {
            try {
                bodies.add(JSON.readTree(body));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("Not JSON: " + body, e);
            }
        }
        return this;
    }

    /**
     * Leaves out a route that answers 500 on purpose (a test app's "boom"), as {@code "GET /boom"}; random paths
     * may still reach it, so its answers are not checked for status.
     */
    public EventFuzzer skip(String methodAndTemplate) {
        skipped.add(methodAndTemplate);
        routes.removeIf(route -> (route.method() + " " + route.template()).equals(methodAndTemplate));
        return this;
    }

    /**
     * Strings that must not appear in any answer, such as the simple names of the app's own types or a secret its
     * code holds; checked besides the built-in patterns.
     */
    public EventFuzzer secrets(String... texts) {
        secrets.addAll(List.of(texts));
        return this;
    }

    /** What a run found: counts, answers by status, and up to five problems, each with the event that caused it. */
    public record Report(long events, long thrown, long malformed, long leaks, long serverErrors,
            Map<Integer, Long> statuses, List<String> problems) {
        @Override
        public String toString() {
            return "events " + events + ", thrown " + thrown + ", malformed " + malformed + ", leaks " + leaks
                    + ", 5xx " + serverErrors + ", by status " + statuses + (problems.isEmpty() ? "" : ", first "
                    + problems);
        }
    }

    /** Sends {@code count} events and reports. */
    public Report run(long count) {
        SplittableRandom random = new SplittableRandom(seed);
        long thrown = 0;
        long malformed = 0;
        long leaks = 0;
        long serverErrors = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            boolean v2 = random.nextBoolean();
            ObjectNode event = event(random, v2);
            byte[] input = bytes(event);
            if (random.nextInt(2) == 0) {
                mutate(random, event);
                input = bytes(event);
                if (random.nextInt(10) == 0) {
                    input = mutateBytes(random, input);
                }
            }
            String problem;
            JsonNode answer;
            try {
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                function.handleRequest(new ByteArrayInputStream(input), output, null);
                answer = JSON.readTree(output.toByteArray());
            } catch (Throwable e) {
                thrown++;
                record(problems, "thrown " + e, input);
                continue;
            }
            problem = malformation(answer, v2);
            if (problem != null) {
                malformed++;
                record(problems, problem, input);
                continue;
            }
            int status = answer.get("statusCode").asInt();
            statuses.merge(status, 1L, Long::sum);
            String body = bodyText(answer);
            String leak = leak(body);
            if (leak != null) {
                leaks++;
                record(problems, "leak '" + leak + "' in " + shorten(body), input);
            }
            if (status >= 500 && !reachesSkipped(event, v2)) {
                serverErrors++;
                record(problems, "status " + status + ": " + shorten(body), input);
            }
        }
        return new Report(count, thrown, malformed, leaks, serverErrors, Map.copyOf(statuses), List.copyOf(problems));
    }

    private boolean reachesSkipped(ObjectNode event, boolean v2) {
        String method = v2 ? event.at("/requestContext/http/method").asText() : event.path("httpMethod").asText();
        String path = v2 ? event.path("rawPath").asText() : event.path("path").asText();
        try {
            return function.match(method.toUpperCase(java.util.Locale.ROOT), path)
                    .map(m -> skipped.contains(m.route().method() + " " + m.route().template()))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ObjectNode event(SplittableRandom random, boolean v2) {
        String method = random.nextInt(4) == 0 ? pick(random, METHODS) : null;
        String path;
        if (routes.isEmpty() || random.nextInt(8) == 0) {
            path = "/" + pick(random, SEGMENTS) + (random.nextBoolean() ? "/" + pick(random, SEGMENTS) : "");
        } else {
            ApiRoute route = routes.get(random.nextInt(routes.size()));
            method = method == null ? route.method().name() : method;
            path = fill(random, route.template());
        }
        method = method == null ? pick(random, METHODS) : method;
        ObjectNode headers = NODES.objectNode();
        if (random.nextInt(3) > 0) {
            headers.put(random.nextInt(5) == 0 ? "content-type" : "Content-Type", pick(random, CONTENT_TYPES));
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            headers.put(random.nextBoolean() ? "X-" + pick(random, words) : pick(random, words), text(random));
        }
        ObjectNode query = NODES.objectNode();
        for (int n = random.nextInt(4); n > 0; n--) {
            query.put(pick(random, words), text(random));
        }
        String body = null;
        boolean base64 = false;
        switch (random.nextInt(bodies.isEmpty() ? 6 : 8)) {
            case 0:
                break;
            case 6:
            case 7:
                body = pick(random, bodies).toString();
                break;
            case 1:
                body = text(random);
                break;
            case 2:
                body = Base64.getEncoder().encodeToString(bytes(json(random, 3)));
                base64 = true;
                break;
            case 3:
                body = "%%" + text(random);
                base64 = true;
                break;
            default:
                body = json(random, 4).toString();
        }
        ObjectNode event = NODES.objectNode();
        if (v2) {
            event.put("version", "2.0").put("routeKey", "$default").put("rawPath", path);
            StringBuilder raw = new StringBuilder();
            query.fields().forEachRemaining(f -> raw.append(raw.length() == 0 ? "" : "&").append(f.getKey())
                    .append('=').append(f.getValue().asText()));
            event.put("rawQueryString", raw.toString());
            if (random.nextInt(4) == 0) {
                event.putArray("cookies").add("a=" + text(random));
            }
            event.set("headers", headers);
            ObjectNode context = event.putObject("requestContext");
            context.put("stage", random.nextInt(4) == 0 ? "dev" : "$default").put("requestId", "fuzz");
            context.putObject("http").put("method", method).put("path", path).put("sourceIp", "203.0.113.10");
        } else {
            event.put("resource", path).put("path", path).put("httpMethod", method);
            event.set("headers", headers);
            ObjectNode multi = event.putObject("multiValueHeaders");
            headers.fields().forEachRemaining(f -> multi.putArray(f.getKey()).add(f.getValue()));
            event.set("queryStringParameters", query.isEmpty() ? NODES.nullNode() : query);
            ObjectNode multiQuery = NODES.objectNode();
            query.fields().forEachRemaining(f -> multiQuery.putArray(f.getKey()).add(f.getValue()));
            event.set("multiValueQueryStringParameters", query.isEmpty() ? NODES.nullNode() : multiQuery);
            event.putNull("pathParameters");
            event.putObject("stageVariables").put("table", "users");
            event.putObject("requestContext").put("stage", "api").put("requestId", "fuzz")
                    .putObject("identity").put("sourceIp", "203.0.113.10");
        }
        event.put("body", body);
        event.put("isBase64Encoded", base64);
        return event;
    }

    private String fill(SplittableRandom random, String template) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/", -1)) {
            if (path.length() > 0 || !segment.isEmpty()) {
                path.append('/');
            }
            if (segment.endsWith("+}")) {
                path.append(pick(random, SEGMENTS)).append(random.nextBoolean() ? "/" + pick(random, SEGMENTS) : "");
            } else if (segment.startsWith("{")) {
                path.append(pick(random, SEGMENTS));
            } else {
                path.append(segment);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private JsonNode json(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 9);
        switch (kind) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(random.nextInt(201) - 100);
            case 3:
                return NODES.numberNode(random.nextBoolean() ? random.nextLong() : random.nextDouble() * 1e6);
            case 4:
            case 5:
                return NODES.textNode(text(random));
            case 6:
                ArrayNode array = NODES.arrayNode();
                for (int n = random.nextInt(4); n > 0; n--) {
                    array.add(json(random, depth - 1));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                for (int n = random.nextInt(5); n > 0; n--) {
                    object.set(random.nextInt(5) == 0 ? text(random) : pick(random, words), json(random, depth - 1));
                }
                return object;
        }
    }

    /** Replaces, removes or adds a node anywhere in the event: the shapes API Gateway never sends. */
    private void mutate(SplittableRandom random, ObjectNode event) {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            List<JsonNode> containers = new ArrayList<>();
            collect(event, containers);
            JsonNode container = containers.get(random.nextInt(containers.size()));
            if (container instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                if (names.isEmpty() || random.nextInt(4) == 0) {
                    object.set(pick(random, words), json(random, 2));
                } else if (random.nextInt(3) == 0) {
                    object.remove(pick(random, names));
                } else {
                    object.set(pick(random, names), json(random, 2));
                }
            } else if (container instanceof ArrayNode array && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), json(random, 2));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    private static byte[] mutateBytes(SplittableRandom random, byte[] input) {
        byte[] copy = input.clone();
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
        }
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private String text(SplittableRandom random) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            return text.toString();
        }
        return kind == 1 ? pick(random, words) : pick(random, TEXTS);
    }

    /** Why the answer is not a proxy response API Gateway accepts, or null when it is one. */
    private static String malformation(JsonNode answer, boolean v2) {
        if (!answer.isObject()) {
            return "not an object";
        }
        JsonNode status = answer.get("statusCode");
        if (status == null || !status.isInt() || status.asInt() < 100 || status.asInt() > 599) {
            return "statusCode " + status;
        }
        JsonNode body = answer.get("body");
        if (body == null || !body.isTextual() || !answer.path("isBase64Encoded").isBoolean()) {
            return "body or isBase64Encoded";
        }
        JsonNode headers = answer.get("headers");
        if (headers == null || !headers.isObject()) {
            return "headers";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (!header.getValue().isTextual() || !headerText(header.getKey()) || !headerText(header.getValue()
                    .asText())) {
                return "header " + header;
            }
        }
        if (!v2 && !answer.path("multiValueHeaders").isObject()) {
            return "multiValueHeaders";
        }
        if (status.asInt() >= 400 && answer.path("isBase64Encoded").asBoolean()) {
            return "base64 error body";
        }
        if (status.asInt() >= 400) {
            try {
                JsonNode error = JSON.readTree(body.asText());
                if (error == null || !error.path("Code").isTextual() || !error.path("Message").isTextual()) {
                    return "error body " + body;
                }
            } catch (java.io.IOException e) {
                return "error body not JSON " + body;
            }
        }
        return null;
    }

    private static boolean headerText(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf(0) < 0;
    }

    private static String bodyText(JsonNode answer) {
        String body = answer.get("body").asText();
        return answer.get("isBase64Encoded").asBoolean()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.ISO_8859_1) : body;
    }

    private String leak(String body) {
        java.util.regex.Matcher matcher = LEAK.matcher(body);
        if (matcher.find()) {
            return matcher.group();
        }
        for (String secret : secrets) {
            if (body.contains(secret)) {
                return secret;
            }
        }
        return null;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(List<String> problems, String problem, byte[] input) {
        if (problems.size() < 5) {
            problems.add(problem + " <- " + shorten(new String(input, StandardCharsets.UTF_8)));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
