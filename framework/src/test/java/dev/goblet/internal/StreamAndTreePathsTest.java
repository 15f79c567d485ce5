package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.function.ApiRoute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda entry point ({@code handleRequest}, streamed) and the tools' one ({@code handleEvent}, a tree) answer
 * every event with the same bytes: the fixtures, an event for every route of the test handlers in both payload
 * versions, their fields in another order or of another JSON type, and input that is no event at all.
 */
class StreamAndTreePathsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Context context = Events.context("paths-dev-APIHandler",
            new PrintStream(log, true, StandardCharsets.UTF_8));
    private final List<String> differences = new ArrayList<>();
    private int compared;

    /** A handler whose middleware answers with a body of a type no encoder writes: a 500 either way. */
    private static final class UnencodedBodyHandler extends ApiEntryPoint {
        UnencodedBodyHandler() {
            super(RouteTable.of(RouteSpec.of(0, "/users", HttpMethod.GET)),
                    next -> request -> Response.status(200).header("X-Before", "1").body(Map.of("a", 1)).build());
        }

        @Override
        public String appName() {
            return "unencoded-test";
        }

        @Override
        protected Object dispatch(int routeId, Request request) {
            return "unused";
        }
    }

    private static List<ApiEntryPoint> handlers() {
        return List.of(new UsersTestHandler(), new FaultsTestHandler(), new TextTestHandler(),
                new UnencodedBodyHandler());
    }

    /** The bytes {@code handleRequest} writes for {@code input}. */
    private byte[] streamed(ApiEntryPoint handler, byte[] input) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(input), output, context);
        return output.toByteArray();
    }

    /** The bytes of the tree {@code handleEvent} answers for {@code event}, written as Jackson writes a tree. */
    private byte[] tree(ApiEntryPoint handler, JsonNode event) throws IOException {
        return JsonBodies.MAPPER.writeValueAsBytes(handler.handleEvent(event, context));
    }

    private void compare(ApiEntryPoint handler, byte[] input, JsonNode event, String shown) throws IOException {
        compared++;
        String streamed = new String(streamed(handler, input), StandardCharsets.UTF_8);
        String tree = new String(tree(handler, event), StandardCharsets.UTF_8);
        if (!streamed.equals(tree) && differences.size() < 5) {
            differences.add(handler.appName() + " " + shown + "\n  streamed: " + streamed + "\n  tree:     " + tree);
        }
    }

    private void compare(ApiEntryPoint handler, ObjectNode event) throws IOException {
        compare(handler, event.toString().getBytes(StandardCharsets.UTF_8), event, event.toString());
    }

    @Test
    void fixturesAndAnEventForEveryRouteGetTheSameAnswerBothWays() throws IOException {
        for (ApiEntryPoint handler : handlers()) {
            for (ObjectNode event : routeEvents(handler)) {
                compare(handler, event);
                compare(handler, reversed(event));
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(differences).as("%d of %d answers differ", differences.size(), compared).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).as("the 500s were logged").contains("Unhandled exception");
    }

    @Test
    void fieldsOfAnotherTypeGetTheSameAnswerBothWays() throws IOException {
        for (ApiEntryPoint handler : handlers().subList(0, 2)) {
            for (ObjectNode event : List.of(Events.load(Events.REST_V1_POST_USERS),
                    Events.load(Events.HTTP_V2_GET_USER))) {
                for (String path : paths(event, "")) {
                    for (JsonNode value : kinds()) {
                        compare(handler, with(event, path, value));
                    }
                }
            }
        }
        assertThat(differences).as("%d of %d answers differ", differences.size(), compared).isEmpty();
    }

    @Test
    void inputThatIsNoEventGetsTheAnswerOfNoEvent() throws IOException {
        String deep = "{\"x\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}";
        String fixture = Events.load(Events.HTTP_V2_GET_USER).toString();
        List<byte[]> inputs = new ArrayList<>();
        for (String text : List.of("", " ", "not json", "[]", "42", "null", "\"event\"", "{\"httpMethod\": ",
                "{} {}", "{} x", deep, fixture.substring(0, fixture.length() / 2), fixture + "{}",
                "{\"body\":\"" + "9".repeat(1_001) + "\"}", "{\"x\":" + "9".repeat(1_001) + "}")) {
            inputs.add(text.getBytes(StandardCharsets.UTF_8));
        }
        inputs.add(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xc3, '"', '}'});
        inputs.add(new byte[] {(byte) 0xff, (byte) 0xfe});
        for (ApiEntryPoint handler : handlers()) {
            for (byte[] input : inputs) {
                JsonNode event;
                try {
                    event = JsonBodies.MAPPER.readTree(input);
                } catch (IOException e) {
                    event = null;
                }
                compare(handler, input, event, new String(input, StandardCharsets.UTF_8));
            }
        }
        assertThat(differences).as("%d of %d answers differ", differences.size(), compared).isEmpty();
        JsonNode answer = JsonBodies.MAPPER.readTree(streamed(new UsersTestHandler(), deep.getBytes()));
        assertThat(answer.get("statusCode").asInt()).isEqualTo(400);
        assertThat(answer.has("multiValueHeaders")).as("answered as payload 1.0").isTrue();
    }

    /**
     * The fixtures, and for every route of the handler a REST and an HTTP API event (path variables filled in),
     * with no body, a JSON body, text and base64 bytes, each also in the version's odd spellings.
     */
    private static List<ObjectNode> routeEvents(ApiEntryPoint handler) {
        List<ObjectNode> events = new ArrayList<>(List.of(Events.load(Events.REST_V1_POST_USERS),
                Events.load(Events.HTTP_V2_GET_USER)));
        List<String> paths = new ArrayList<>(List.of("/nowhere", "/users/", "/"));
        List<String> methods = new ArrayList<>(List.of("OPTIONS", "patch"));
        for (ApiRoute route : handler.routes()) {
            paths.add(route.template().replaceAll("\\{[^}]*\\+}", "a/b%20c").replaceAll("\\{[^}]*}", "x"));
            methods.add(route.method().name());
        }
        String user = "{\"username\":\"ann\",\"email\":\"ann@example.com\",\"age\":3}";
        for (String path : paths) {
            for (String method : methods) {
                for (String body : new String[] {null, user, "{\"name\":\"db\"}", "[1]", "Zoë"}) {
                    ObjectNode rest = Events.load(Events.REST_V1_POST_USERS).put("httpMethod", method)
                            .put("path", path).put("body", body).put("isBase64Encoded", false);
                    events.add(rest);
                    ObjectNode http = Events.load(Events.HTTP_V2_GET_USER).put("rawPath", "/dev" + path)
                            .put("body", body);
                    ((ObjectNode) http.at("/requestContext/http")).put("method", method);
                    ((ObjectNode) http.get("headers")).put("content-type", "application/json");
                    events.add(http);
                }
                ObjectNode bytes = Events.load(Events.HTTP_V2_GET_USER).put("rawPath", "/dev" + path)
                        .put("body", Base64.getEncoder().encodeToString(new byte[] {1, 2, (byte) 0xff}))
                        .put("isBase64Encoded", true);
                ((ObjectNode) bytes.at("/requestContext/http")).put("method", method);
                ((ObjectNode) bytes.get("headers")).put("content-type", "image/png");
                events.add(bytes);
            }
        }
        events.add(Events.load(Events.HTTP_V2_GET_USER).put("version", 2.0));
        events.add(Events.load(Events.HTTP_V2_GET_USER).put("version", "1.0"));
        events.add(Events.load(Events.REST_V1_POST_USERS).put("version", "2.0"));
        return events;
    }

    private static List<JsonNode> kinds() {
        ObjectNode object = NODES.objectNode().put("k", "v").putNull("n");
        ArrayNode array = NODES.arrayNode().add("a").addNull().add(1);
        return List.of(NODES.nullNode(), NODES.textNode("x"), NODES.textNode("2.0"), NODES.textNode("true"),
                NODES.numberNode(1), NODES.numberNode(2.0), NODES.booleanNode(true), NODES.objectNode(), object,
                NODES.arrayNode(), array);
    }

    private static List<String> paths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                paths.add(path);
                paths.addAll(paths(field.getValue(), path));
            }
        }
        return paths;
    }

    private static ObjectNode with(ObjectNode event, String path, JsonNode value) {
        ObjectNode changed = event.deepCopy();
        String parent = path.substring(0, path.lastIndexOf('/'));
        String name = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        ((ObjectNode) changed.at(parent)).set(name, value);
        return changed;
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
}
