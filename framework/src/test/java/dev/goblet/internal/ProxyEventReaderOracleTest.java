package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link ProxyEventReader} reads every event as the tree reader it replaced did
 * ({@link TreeProxyEventReader}, kept as the oracle): the fixtures and the authorizer events, each field of them in
 * turn replaced by a value of every JSON type, removed, given twice or moved, and the fields either reader looks
 * for added where they do not belong. Compared: the payload version, and the request read (every part of it) or the
 * error thrown; from the bytes Lambda hands over, and from a tree as tools hold it.
 */
class ProxyEventReaderOracleTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A text standing for a number literal that a tree would write otherwise: {@code 1e2}, {@code -0}. */
    private static final String LITERAL = "@@literal@@";
    private static final List<String> LITERALS = List.of("1e2", "-0", "-0.0", "1.0E-5", "1E400", "0.1",
            "2147483648", "12345678901234567890123", "0", "2.0", "2", "1", "-1");
    /** The names either reader looks for, at any depth. */
    private static final List<String> NAMES = List.of("version", "httpMethod", "path", "rawPath", "rawQueryString",
            "body", "isBase64Encoded", "headers", "multiValueHeaders", "queryStringParameters",
            "multiValueQueryStringParameters", "stageVariables", "cookies", "requestContext", "stage", "requestId",
            "identity", "http", "authorizer", "claims", "jwt", "lambda", "iam", "sourceIp", "userAgent", "userArn",
            "method", "principalId", "sub", "Content-Type", "content-type", "X-Tag", "tag");

    /** Where the readers look: the objects they read fields of. */
    private static final List<String> OBJECTS = List.of("", "/requestContext", "/requestContext/identity",
            "/requestContext/http", "/requestContext/authorizer", "/requestContext/authorizer/claims",
            "/requestContext/authorizer/jwt", "/requestContext/authorizer/jwt/claims",
            "/requestContext/authorizer/lambda", "/requestContext/authorizer/iam", "/headers", "/multiValueHeaders",
            "/queryStringParameters", "/multiValueQueryStringParameters", "/stageVariables");

    private final List<String> mismatches = new ArrayList<>();
    private int compared;

    /** Values of every JSON type and number kind, and texts the readers give a meaning to. */
    private static List<JsonNode> replacements() {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode(""),
                NODES.textNode(" true "), NODES.textNode("true"), NODES.textNode("TRUE"), NODES.textNode("false"),
                NODES.textNode("2.0"), NODES.textNode("x"), NODES.textNode("AAEC/w=="),
                NODES.textNode("not base64!"), NODES.textNode("%E"), NODES.textNode("/dev"),
                NODES.textNode("$default"), NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1),
                NODES.numberNode(2.0), NODES.numberNode(9_999_999_999L), NODES.numberNode(new BigInteger("-" + "9".repeat(30))),
                NODES.booleanNode(true), NODES.booleanNode(false), NODES.objectNode(), NODES.arrayNode()));
        ArrayNode mixed = NODES.arrayNode().add("a").addNull().add(1).add(2.5).add(true);
        mixed.addObject().put("k", "v");
        mixed.addArray().add(1);
        values.add(mixed);
        values.add(NODES.arrayNode().add("red").add("blue"));
        values.add(NODES.arrayNode().add(NODES.objectNode()));
        ObjectNode object = NODES.objectNode().put("k", "v").putNull("n").put("i", 3).put("sub", "77")
                .put("principalId", "ann").put("userArn", "arn:aws:iam::1:user/x").put("X-Tag", "t")
                .put("x-tag", "u").put("method", "GET").put("path", "/p");
        object.putObject("o").put("claims", "c");
        object.putArray("a").add(1).addNull();
        values.add(object);
        for (String literal : LITERALS) {
            values.add(NODES.textNode(LITERAL + literal));
        }
        return values;
    }

    /** One value of each JSON type, for where a name is added rather than replaced. */
    private static List<JsonNode> kinds() {
        ObjectNode object = NODES.objectNode().put("k", "v").putNull("n").put("sub", "77");
        object.putObject("claims").put("sub", "78");
        ArrayNode array = NODES.arrayNode().add("a").addNull();
        array.addObject();
        return List.of(NODES.nullNode(), NODES.textNode("x"), NODES.textNode("2.0"), NODES.textNode("true"),
                NODES.numberNode(1), NODES.numberNode(0), NODES.numberNode(2.0), NODES.booleanNode(true),
                NODES.objectNode(), object, NODES.arrayNode(), array);
    }

    /** Numbers and embedded values only a tree built in code holds; written as bytes they read as others. */
    private static List<JsonNode> treeOnlyReplacements() {
        return List.of(NODES.numberNode(1.5f), NODES.numberNode(new BigDecimal("1.50")), NODES.numberNode((short) 3),
                NODES.binaryNode(new byte[] {1, 2, 3}), NODES.pojoNode(Boolean.TRUE), NODES.pojoNode("pojo"),
                NODES.numberNode(0L), NODES.numberNode(BigInteger.ZERO));
    }

    private static List<ObjectNode> events() {
        List<ObjectNode> events = new ArrayList<>();
        events.add(Events.load(Events.REST_V1_POST_USERS));
        events.add(Events.load(Events.HTTP_V2_GET_USER));
        ObjectNode cognito = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) cognito.get("requestContext")).putObject("authorizer").put("principalId", "p")
                .put("level", 3).putObject("claims").put("sub", "5f1c").put("email", "ann@example.com");
        events.add(cognito);
        ObjectNode iam = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) iam.at("/requestContext/identity")).put("userArn", "arn:aws:iam::123456789012:user/ann");
        events.add(iam);
        ObjectNode jwt = Events.load(Events.HTTP_V2_GET_USER);
        ObjectNode authorizer = ((ObjectNode) jwt.get("requestContext")).putObject("authorizer");
        authorizer.putObject("jwt").put("scopes", "x").putObject("claims").put("sub", "77").put("scope", "read");
        authorizer.putObject("lambda").put("principalId", "ann").put("tenant", "acme").put("level", 2);
        authorizer.putObject("iam").put("userArn", "arn:aws:iam::123456789012:user/bob");
        events.add(jwt);
        ObjectNode v2Body = Events.load(Events.HTTP_V2_GET_USER).put("body", "AAEC/w==").put("isBase64Encoded", true);
        events.add(v2Body);
        ObjectNode textBody = Events.load(Events.REST_V1_POST_USERS).put("body", "{\"name\":\"Zoë\"}")
                .put("isBase64Encoded", false);
        events.add(textBody);
        // Names alike but for case: which one counts depends on whether there are multi-value headers at all.
        ObjectNode caseTwins = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) caseTwins.get("headers")).put("x-tag", "green").put("ACCEPT", "text/html");
        events.add(caseTwins);
        return events;
    }

    @Test
    void everyFieldOfEveryTypeReadsAsTheTreeReaderReadIt() {
        List<ObjectNode> events = events();
        for (int i = 0; i < events.size(); i++) {
            ObjectNode event = events.get(i);
            compare(event);
            // Every value on the fixtures; on the events made from them, one of each type.
            List<JsonNode> values = i < 2 ? replacements() : kinds();
            for (String path : paths(event, "")) {
                compare(without(event, path));
                for (JsonNode value : values) {
                    compare(with(event, path, value));
                }
                for (JsonNode value : treeOnlyReplacements()) {
                    compareTree(with(event, path, value));
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(mismatches).as("%d of %d events read otherwise", mismatches.size(), compared).isEmpty();
    }

    @Test
    void namesTheReadersLookForAddedAnywhereReadAsTheTreeReaderReadThem() {
        for (ObjectNode event : events().subList(0, 5)) {
            for (String object : OBJECTS) {
                if (!event.at(object).isObject()) {
                    continue;
                }
                for (String name : NAMES) {
                    for (JsonNode value : kinds()) {
                        ObjectNode changed = event.deepCopy();
                        ((ObjectNode) changed.at(object)).set(name, value);
                        compare(changed);
                    }
                }
            }
        }
        assertThat(mismatches).as("%d of %d events read otherwise", mismatches.size(), compared).isEmpty();
    }

    @Test
    void namesGivenTwiceKeepTheirLastValueInTheirFirstPlace() {
        for (ObjectNode event : events()) {
            for (String path : paths(event, "")) {
                for (JsonNode value : kinds()) {
                    compareBytes(withTwice(event, path, value, true), "twice, first " + value + " at " + path);
                    compareBytes(withTwice(event, path, value, false), "twice, then " + value + " at " + path);
                }
            }
        }
        assertThat(mismatches).as("%d of %d events read otherwise", mismatches.size(), compared).isEmpty();
    }

    @Test
    void fieldsInAnyOrderReadAlike() {
        for (ObjectNode event : events().subList(0, 2)) {
            ObjectNode reversed = reversed(event);
            compare(reversed);
            for (String path : paths(reversed, "")) {
                for (JsonNode value : kinds()) {
                    compare(with(reversed, path, value));
                }
            }
        }
        assertThat(mismatches).as("%d of %d events read otherwise", mismatches.size(), compared).isEmpty();
    }

    @Test
    void whatIsNotAnObjectOrNotJsonIsNoEventToEither() {
        for (String input : List.of("[]", "[{}]", "42", "\"x\"", "null", "true", "{}", "{\"version\":\"2.0\"}",
                "{\"httpMethod\":\"GET\"}", "{\"httpMethod\":\"GET\",\"path\":\"/\"}", "{} {}", "{} x", "{\"a\":",
                "", " ")) {
            compareBytes(input.getBytes(StandardCharsets.UTF_8), input);
        }
        assertThat(mismatches).isEmpty();
    }

    /** Compares the readers on the event as bytes and as a tree. */
    private void compare(ObjectNode event) {
        compareTree(event);
        String text = event.toString();
        for (String literal : LITERALS) {
            text = text.replace("\"" + LITERAL + literal + "\"", literal);
        }
        compareBytes(text.getBytes(StandardCharsets.UTF_8), text);
    }

    /** The streaming reader fed the tree's tokens, against the tree reader on the tree. */
    private void compareTree(ObjectNode event) {
        String expected = TreeProxyEventReader.isPayloadV2(event) + " " + outcome(() -> TreeProxyEventReader.read(event));
        String actual = ProxyEventReader.isPayloadV2(event) + " " + outcome(() -> ProxyEventReader.read(event));
        check(expected, actual, "tree " + event);
    }

    /** The streaming reader on the bytes, against the tree reader on the tree the data binding reads from them. */
    private void compareBytes(byte[] input, String shown) {
        String expected;
        try {
            JsonNode tree = JsonBodies.MAPPER.readTree(input);
            expected = TreeProxyEventReader.isPayloadV2(tree) + " " + outcome(() -> TreeProxyEventReader.read(tree));
        } catch (IOException e) {
            expected = "unreadable";
        }
        String actual;
        try (JsonParser parser = ProxyEventReader.FACTORY.createParser(input)) {
            ProxyEventReader.Event event = ProxyEventReader.read(parser);
            actual = event.payloadV2() + " " + outcome(event::request);
        } catch (IOException e) {
            actual = "unreadable";
        }
        // The entry point answers an unreadable event as one that is none.
        check(expected.replace("unreadable", "false BadRequestError: The event is not an API Gateway proxy event"),
                actual.replace("unreadable", "false BadRequestError: The event is not an API Gateway proxy event"),
                "bytes " + shown);
    }

    private void check(String expected, String actual, String event) {
        compared++;
        if (!expected.equals(actual) && mismatches.size() < 5) {
            mismatches.add((event.length() > 600 ? event.substring(0, 600) + "..." : event) + "\n  tree reader:      " + expected + "\n  streaming reader: " + actual);
        }
    }

    /** Every part of the request read, or the error thrown. */
    private static String outcome(Supplier<Request> read) {
        Request request;
        try {
            request = read.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return String.join(" | ", request.method(), request.path(), String.valueOf(request.resourcePath()),
                request.headers().asMap().entrySet().stream().map(String::valueOf).toList().toString(),
                new TreeMap<>(request.queryParameters()).toString(), new TreeMap<>(request.pathParameters()).toString(),
                Base64.getEncoder().encodeToString(request.rawBody()), request.stage(), request.requestId(),
                String.valueOf(request.identity().sourceIp()), String.valueOf(request.identity().userAgent()),
                new TreeMap<>(request.identity().attributes()).toString(),
                String.valueOf(request.authorizer().principalId()),
                new TreeMap<>(request.authorizer().claims()).toString(),
                new TreeMap<>(request.authorizer().context()).toString(),
                new TreeMap<>(request.stageVariables()).toString());
    }

    /** The JSON pointers of every value in {@code node}, depth first. */
    private static List<String> paths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                paths.add(path);
                paths.addAll(paths(field.getValue(), path));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(at + "/" + i);
                paths.addAll(paths(node.get(i), at + "/" + i));
            }
        }
        return paths;
    }

    private static ObjectNode with(ObjectNode event, String path, JsonNode value) {
        ObjectNode changed = event.deepCopy();
        JsonNode parent = changed.at(parent(path));
        String last = last(path);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return changed;
    }

    private static ObjectNode without(ObjectNode event, String path) {
        ObjectNode changed = event.deepCopy();
        JsonNode parent = changed.at(parent(path));
        if (parent instanceof ObjectNode object) {
            object.remove(last(path));
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(last(path)));
        }
        return changed;
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static ObjectNode reversed(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        ObjectNode reversed = NODES.objectNode();
        for (int i = fields.size() - 1; i >= 0; i--) {
            JsonNode value = fields.get(i).getValue();
            reversed.set(fields.get(i).getKey(), value instanceof ObjectNode inner ? reversed(inner) : value);
        }
        return reversed;
    }

    /**
     * The event's bytes with the field at {@code path} written twice, {@code value} first or last; a path into an
     * array gives the event unchanged, as an array has no names.
     */
    private static byte[] withTwice(ObjectNode event, String path, JsonNode value, boolean valueFirst) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(bytes)) {
            writeTwice(out, event, "", path, value, valueFirst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeTwice(JsonGenerator out, JsonNode node, String at, String path, JsonNode value,
            boolean valueFirst) throws IOException {
        if (!node.isObject()) {
            JsonBodies.MAPPER.writeTree(out, node);
            return;
        }
        out.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (fieldPath.equals(path) && valueFirst) {
                out.writeFieldName(field.getKey());
                JsonBodies.MAPPER.writeTree(out, value);
            }
            out.writeFieldName(field.getKey());
            writeTwice(out, field.getValue(), fieldPath, path, value, valueFirst);
            if (fieldPath.equals(path) && !valueFirst) {
                out.writeFieldName(field.getKey());
                JsonBodies.MAPPER.writeTree(out, value);
            }
        }
        out.writeEndObject();
    }
}
