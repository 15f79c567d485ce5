package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lambda entry point reads the proxy event and writes the proxy response with jackson-core alone: a handler
 * loaded where jackson-databind is absent (the framework's classes, jackson-core and the Lambda interfaces, nothing
 * else) answers REST and HTTP API events, errors included. The loader also notes every class of jackson-databind
 * asked of it, and from where, so that a failure names the line that needs one; the JVM's verifier asks for a class
 * as soon as a method returns it as a supertype, so this catches what merely running the code would too.
 */
class NoDatabindOnTheHotPathTest {
    private RecordingLoader loader;
    private Object handler;
    private Method handleRequest;
    private Object context;
    private final StringBuilder log = new StringBuilder();

    /** A fresh loader, no parent but the JDK's: what it cannot find here, it cannot find. */
    private static final class RecordingLoader extends URLClassLoader {
        final List<String> databind = new ArrayList<>();

        RecordingLoader(URL... urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.fasterxml.jackson.databind.")) {
                String from = Arrays.stream(new Throwable().getStackTrace())
                        .filter(frame -> frame.getClassName().startsWith("dev.goblet."))
                        .findFirst().map(StackTraceElement::toString).orElse("the JVM");
                databind.add(name + " asked for by " + from);
            }
            return super.loadClass(name, resolve);
        }
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @BeforeEach
    void loadTheHandlerWithoutDatabind() throws Exception {
        URL[] urls = {locationOf(ApiEntryPoint.class), locationOf(TextTestHandler.class), locationOf(JsonFactory.class),
                locationOf(Context.class)};
        assertThat(urls).doesNotContain(locationOf(ObjectMapper.class));
        loader = new RecordingLoader(urls);
        Class<?> type = Class.forName(TextTestHandler.class.getName(), true, loader);
        handler = type.getConstructor().newInstance();
        // Through the interface, as Lambda's runtime calls a stream handler named without a method. Named with one
        // (Handler::handleRequest), it finds the method by Class.getMethods(), which loads the class of every
        // public method's types: handleEvent's JsonNode too.
        handleRequest = loader.loadClass(RequestStreamHandler.class.getName())
                .getMethod("handleRequest", InputStream.class, OutputStream.class,
                        loader.loadClass(Context.class.getName()));
        assertThat(loader.loadClass(ApiEntryPoint.class.getName()).getClassLoader()).isSameAs(loader);
        context = context(loader, log);
    }

    /** A Lambda context of the loader's own interfaces, whose logger writes to {@code log}. */
    private static Object context(ClassLoader loader, StringBuilder log) throws ClassNotFoundException {
        Class<?> loggerType = loader.loadClass(LambdaLogger.class.getName());
        Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, method, args) -> {
            if (method.getName().equals("log")) {
                log.append(args[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : args[0]);
            }
            return null;
        });
        return Proxy.newProxyInstance(loader, new Class<?>[] {loader.loadClass(Context.class.getName())},
                (proxy, method, args) -> method.getName().equals("getLogger") ? logger : null);
    }

    /** Sends the bytes to the handler of the loader without databind; parses the answer here, where there is. */
    private ObjectNode send(byte[] event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handleRequest.invoke(handler, new ByteArrayInputStream(event), output, context);
        return (ObjectNode) JsonBodies.MAPPER.readTree(output.toByteArray());
    }

    private ObjectNode send(ObjectNode event) throws Exception {
        return send(event.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void assertNoDatabind() {
        assertThat(loader.databind).as("classes of jackson-databind the entry point asked for").isEmpty();
    }

    private static ObjectNode rest(String method, String path) {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("httpMethod", method).put("path", path)
                .put("isBase64Encoded", false);
        event.putObject("queryStringParameters").put("times", "2");
        event.remove("multiValueQueryStringParameters");
        return event.putNull("body");
    }

    private static ObjectNode http(String method, String rawPath) {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER).put("rawPath", rawPath).put("rawQueryString", "");
        ((ObjectNode) event.at("/requestContext/http")).put("method", method);
        return event;
    }

    private static String errorCode(ObjectNode response) throws Exception {
        JsonNode body = JsonBodies.MAPPER.readTree(response.get("body").asText());
        return body.get("Code").asText() + ": " + body.get("Message").asText();
    }

    @Test
    void restEventIsAnsweredInPayload1() throws Exception {
        ObjectNode response = send(rest("GET", "/greetings/Ann"));

        assertThat(response.get("statusCode").asInt()).as("%s", response).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo("Hello Ann! Hello Ann!");
        assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(response.at("/multiValueHeaders/X-Tag").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(response.at("/multiValueHeaders/Set-Cookie/0").asText()).isEqualTo("seen=1");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
        assertNoDatabind();
    }

    @Test
    void httpApiEventIsAnsweredInPayload2() throws Exception {
        ObjectNode response = send(http("GET", "/dev/greetings/Bo%C3%AB"));

        assertThat(response.get("statusCode").asInt()).as("%s", response).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo("Hello Boë!");
        assertThat(response.has("multiValueHeaders")).isFalse();
        assertThat(response.at("/headers/X-Tag").asText()).isEqualTo("a,b");
        assertThat(response.get("cookies").toString()).isEqualTo("[\"seen=1\"]");
        assertNoDatabind();
    }

    @Test
    void bytesGoBothWays() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        ObjectNode event = http("PUT", "/dev/greetings/x").put("body", Base64.getEncoder().encodeToString(bytes))
                .put("isBase64Encoded", true);

        ObjectNode response = send(event);

        assertThat(response.get("statusCode").asInt()).as("%s", response).isEqualTo(201);
        assertThat(Base64.getDecoder().decode(response.get("body").asText())).isEqualTo(bytes);
        assertNoDatabind();
    }

    @Test
    void errorAnswersNeedNoDatabindEither() throws Exception {
        assertThat(errorCode(send(rest("GET", "/nowhere")))).isEqualTo("NotFoundError: Not Found: /nowhere");
        ObjectNode notAllowed = send(http("DELETE", "/dev/greetings/x"));
        assertThat(errorCode(notAllowed)).startsWith("MethodNotAllowedError: Method DELETE");
        assertThat(notAllowed.at("/headers/Allow").asText()).isEqualTo("GET, PUT");
        assertThat(errorCode(send(rest("GET", "/greetings/Ann").put("body", "%%").put("isBase64Encoded", true))))
                .isEqualTo("BadRequestError: The body is marked base64 but is not valid base64");
        ObjectNode badQuery = rest("GET", "/greetings/Ann");
        ((ObjectNode) badQuery.get("queryStringParameters")).put("times", "twice");
        assertThat(errorCode(send(badQuery))).isEqualTo("BadRequestError: Invalid value for query parameter "
                + "'times': 'twice'");
        String deep = "{\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
        for (String input : List.of("not json", "{\"httpMethod\": ", "[]", "", "{} {}", deep)) {
            assertThat(errorCode(send(input.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("BadRequestError: The event is not an API Gateway proxy event");
        }
        assertNoDatabind();
    }

    @Test
    void aFailingRouteIsA500() throws Exception {
        ObjectNode response = send(rest("GET", "/boom"));

        assertThat(errorCode(response)).isEqualTo("InternalServerError: An internal server error occurred.");
        assertThat(log).contains("IllegalStateException: boom");
        assertNoDatabind();
    }
}
