package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiEntryPointTest {
    private final UsersTestHandler handler = new UsersTestHandler();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Context context = Events.context("users-dev-APIHandler",
            new PrintStream(log, true, StandardCharsets.UTF_8));

    private String logged() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private ObjectNode send(ObjectNode event) {
        return Events.invoke(handler, event, context);
    }

    private static ObjectNode postUsers(String jsonBody) {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("isBase64Encoded", false);
        return jsonBody == null ? event.putNull("body") : event.put("body", jsonBody);
    }

    private static ObjectNode restGet(String path) {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("httpMethod", "GET").put("path", path);
        event.putNull("body");
        return event.put("isBase64Encoded", false);
    }

    private static ObjectNode httpGet(String rawPath, String rawQuery) {
        return Events.load(Events.HTTP_V2_GET_USER).put("rawPath", rawPath).put("rawQueryString", rawQuery);
    }

    private static ObjectNode withContentType(ObjectNode event, String contentType) {
        ((ObjectNode) event.get("headers")).put("Content-Type", contentType);
        ((ObjectNode) event.get("multiValueHeaders")).putArray("Content-Type").add(contentType);
        return event;
    }

    private static JsonNode body(ObjectNode response) {
        try {
            return JsonBodies.MAPPER.readTree(response.get("body").asText());
        } catch (IOException e) {
            throw new AssertionError("The body is not JSON: " + response.get("body"), e);
        }
    }

    private static void assertError(ObjectNode response, int status, String code, String... messageParts) {
        assertThat(response.get("statusCode").asInt()).as("status of %s", response).isEqualTo(status);
        JsonNode body = body(response);
        assertThat(body.get("Code").asText()).isEqualTo(code);
        assertThat(body.get("Message").asText()).isNotBlank().contains(messageParts);
    }

    @Test
    void restPostBindsTheBase64JsonBodyAndAnswersInPayload1() {
        ObjectNode response = send(Events.load(Events.REST_V1_POST_USERS));

        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(response.at("/headers/Location").asText()).isEqualTo("/users/jdoe");
        assertThat(response.at("/multiValueHeaders/Content-Type/0").asText()).isEqualTo("application/json");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
        JsonNode user = body(response);
        assertThat(user.get("username").asText()).isEqualTo("jdoe");
        assertThat(user.get("email").asText()).isEqualTo("jdoe@example.com");
        assertThat(user.get("age").asInt()).isEqualTo(42);
    }

    @Test
    void httpGetBindsPathQueryCookiesAndContextAndAnswersInPayload2() {
        ObjectNode response = send(Events.load(Events.HTTP_V2_GET_USER));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.has("multiValueHeaders")).isFalse();
        assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/json");
        JsonNode body = body(response);
        assertThat(body.get("username").asText()).isEqualTo("john doe");
        assertThat(body.get("resourcePath").asText()).isEqualTo("/users/{username}");
        assertThat(body.get("q").asText()).isEqualTo("john doe");
        assertThat(body.get("tags").toString()).isEqualTo("[\"a&b\",\"c=d\"]");
        assertThat(body.get("cookie").asText()).isEqualTo("session=abc123; theme=dark");
        assertThat(body.get("stage").asText()).isEqualTo("dev");
        assertThat(body.get("sourceIp").asText()).isEqualTo("203.0.113.25");
        assertThat(body.get("functionName").asText()).isEqualTo("users-dev-APIHandler");
    }

    @Test
    void literalRouteWinsEndToEnd() {
        assertThat(body(send(httpGet("/dev/users/me", ""))).get("username").asText()).isEqualTo("me");
    }

    @Test
    void greedyRouteEndToEnd() {
        ObjectNode response = send(httpGet("/dev/files/docs/read%20me.md", ""));

        assertThat(body(response).get("path").asText()).isEqualTo("docs/read me.md");
    }

    @Test
    void rootRouteAnswersText() {
        ObjectNode response = send(httpGet("/dev", ""));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo("Goblet");
        assertThat(response.at("/headers/Content-Type").asText()).startsWith("text/plain");
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        assertError(send(postUsers("{\"username\": \"jdoe\", ")), 400, "BadRequestError", "Error Parsing JSON",
                "'user'");
    }

    @Test
    void unknownFieldIsA400NamingTheField() {
        ObjectNode event = postUsers("{\"username\":\"jdoe\",\"email\":\"j@x.org\",\"age\":1,\"nickname\":\"J\"}");

        assertError(send(event), 400, "BadRequestError", "Unknown field 'nickname'");
    }

    @Test
    void wrongTypeIsA400NamingTheField() {
        ObjectNode event = postUsers("{\"username\":\"jdoe\",\"email\":\"j@example.com\",\"age\":\"old\"}");

        assertError(send(event), 400, "BadRequestError", "'age'", "'old'");
    }

    @Test
    void arrayForAnObjectIsA400() {
        assertError(send(postUsers("[1, 2]")), 400, "BadRequestError", "body 'user'");
    }

    @Test
    void missingBodyIsA400() {
        assertError(send(postUsers(null)), 400, "BadRequestError", "Missing request body", "'user'");
    }

    @Test
    void emptyBodyIsA400() {
        assertError(send(postUsers("")), 400, "BadRequestError", "Missing request body");
    }

    @Test
    void jsonNullBodyIsA400() {
        assertError(send(postUsers("null")), 400, "BadRequestError", "Missing request body");
    }

    @Test
    void wrongContentTypeIsA415() {
        ObjectNode event = withContentType(Events.load(Events.REST_V1_POST_USERS), "text/plain");

        assertError(send(event), 415, "UnsupportedMediaType", "text/plain", "application/json");
    }

    @Test
    void contentTypeParametersAndCaseDoNotMatter() {
        String type = "Application/JSON; charset=UTF-8";
        ObjectNode event = withContentType(Events.load(Events.REST_V1_POST_USERS), type);

        assertThat(send(event).get("statusCode").asInt()).isEqualTo(201);
    }

    @Test
    void bodyWithoutContentTypeIsRefusedNotTakenAsJson() {
        // Chalice takes such a body as JSON; a browser sends one cross-site without a preflight, so Goblet refuses it.
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) event.get("headers")).remove("Content-Type");
        ((ObjectNode) event.get("multiValueHeaders")).remove("Content-Type");

        ObjectNode response = send(event);

        assertThat(response.get("statusCode").asInt()).isEqualTo(415);
        assertThat(response.get("body").asText()).isEqualTo("{\"Code\":\"UnsupportedMediaType\",\"Message\":"
                + "\"Unsupported media type: none given; POST /users accepts application/json\"}");
    }

    @Test
    void wildcardContentTypeAcceptsTheFamilyAndEchoesBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0};
        ObjectNode event = withContentType(Events.load(Events.REST_V1_POST_USERS), "image/png")
                .put("httpMethod", "PUT").put("path", "/users/jdoe/avatar")
                .put("body", Base64.getEncoder().encodeToString(png));

        ObjectNode response = send(event);

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(response.get("body").asText())).isEqualTo(png);
        assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("image/png");
    }

    @Test
    void wildcardContentTypeRejectsAnotherFamily() {
        ObjectNode event = withContentType(Events.load(Events.REST_V1_POST_USERS), "application/json")
                .put("httpMethod", "PUT").put("path", "/users/jdoe/avatar");

        assertError(send(event), 415, "UnsupportedMediaType", "image/*");
    }

    @Test
    void queryAndHeaderValuesAreConverted() {
        ObjectNode response = send(withHeader(httpGet("/dev/users", "limit=5&active=TRUE"), "x-min-age", "18"));

        JsonNode body = body(response);
        assertThat(body.get("limit").asInt()).isEqualTo(5);
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("minAge").asInt()).isEqualTo(18);
    }

    @Test
    void absentQueryParametersTakeTheirDefaults() {
        JsonNode body = body(send(httpGet("/dev/users", "")));

        assertThat(body.get("limit").asInt()).isEqualTo(10);
        assertThat(body.get("active").isNull()).isTrue();
        assertThat(body.get("minAge").isNull()).isTrue();
    }

    @Test
    void badQueryValueIsA400NamingTheParameter() {
        assertError(send(httpGet("/dev/users", "limit=ten")), 400, "BadRequestError", "query parameter 'limit'");
        assertError(send(httpGet("/dev/users", "active=yes")), 400, "BadRequestError", "query parameter 'active'");
    }

    @Test
    void badHeaderValueIsA400NamingTheHeader() {
        ObjectNode event = withHeader(httpGet("/dev/users", ""), "x-min-age", "adult");

        assertError(send(event), 400, "BadRequestError", "header 'X-Min-Age'", "'adult'");
    }

    private static ObjectNode withHeader(ObjectNode event, String name, String value) {
        ((ObjectNode) event.get("headers")).put(name, value);
        return event;
    }

    @Test
    void malformedPercentEncodingInThePathIsA400() {
        assertError(send(httpGet("/dev/users/%E0%A4%A", "")), 400, "BadRequestError", "Malformed");
    }

    @Test
    void handlerExceptionIsA500ThatRevealsNothingAndIsLogged() {
        ObjectNode response = send(restGet("/boom"));

        assertError(response, 500, "InternalServerError", "An internal server error occurred.");
        assertThat(response.toString()).doesNotContain("hunter2", "db-prod", "IllegalStateException", "Cannot reach");
        assertThat(logged())
                .contains("IllegalStateException", UsersTestHandler.SECRET, "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .contains("at dev.goblet.internal.UsersTestHandler.dispatch");
    }

    @Test
    void resultThatCannotBeWrittenAsJsonIsA500() {
        ObjectNode response = send(restGet("/unwritable"));

        assertError(response, 500, "InternalServerError", "An internal server error occurred.");
        assertThat(logged()).contains("java.lang.Object");
    }

    @Test
    void httpErrorFromAHandlerKeepsItsStatusAndCode() {
        ObjectNode event = postUsers("{\"username\":\"jdoe\",\"email\":\"j@example.com\",\"age\":3}")
                .put("httpMethod", "PUT").put("path", "/users/jdoe");

        assertError(send(event), 409, "ConflictError", "User jdoe was changed meanwhile");
        assertThat(logged()).isEmpty();
    }

    @Test
    void unknownPathIsA404() {
        assertError(send(restGet("/groups")), 404, "NotFoundError", "/groups");
    }

    @Test
    void wrongMethodIsA405WithAllowInPayload1() {
        ObjectNode response = send(Events.load(Events.REST_V1_POST_USERS).put("path", "/users/jdoe"));

        assertError(response, 405, "MethodNotAllowedError", "POST", "/users/jdoe");
        assertThat(response.at("/headers/Allow").asText()).isEqualTo("GET, DELETE, PUT");
        assertThat(response.at("/multiValueHeaders/Allow/0").asText()).isEqualTo("GET, DELETE, PUT");
    }

    @Test
    void wrongMethodIsA405WithAllowInPayload2() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER);
        ((ObjectNode) event.at("/requestContext/http")).put("method", "PATCH");

        ObjectNode response = send(event);

        assertError(response, 405, "MethodNotAllowedError", "PATCH");
        assertThat(response.at("/headers/Allow").asText()).isEqualTo("GET, DELETE, PUT");
    }

    @Test
    void voidRouteAnswers204WithEmptyBody() {
        ObjectNode event = restGet("/users/jdoe").put("httpMethod", "DELETE");

        ObjectNode response = send(event);

        assertThat(response.get("statusCode").asInt()).isEqualTo(204);
        assertThat(response.get("body").asText()).isEmpty();
    }

    @Test
    void setCookieGoesToCookiesInPayload2AndStaysAHeaderInPayload1() {
        ObjectNode v2 = send(httpGet("/dev/session", ""));
        ObjectNode v1 = send(restGet("/session"));

        assertThat(v2.get("cookies").toString()).isEqualTo("[\"session=abc; HttpOnly\",\"theme=dark\"]");
        assertThat(v2.at("/headers/X-Tag").asText()).isEqualTo("red,blue");
        assertThat(v1.at("/multiValueHeaders/Set-Cookie")).hasSize(2);
        assertThat(v1.has("cookies")).isFalse();
    }

    @Test
    void notJsonIsA400AndNeverAnException() {
        for (String input : List.of("not json", "{\"unterminated\": ", "", "[]", "42", "null", "{}")) {
            ObjectNode response = Events.invoke(handler, input.getBytes(StandardCharsets.UTF_8), context);

            assertError(response, 400, "BadRequestError", "not an API Gateway proxy event");
        }
    }

    @Test
    void nonProxyEventIsA400() {
        ObjectNode s3Event = JsonBodies.MAPPER.createObjectNode();
        s3Event.putArray("Records").addObject().put("eventSource", "aws:s3").put("eventName", "ObjectCreated:Put");

        assertError(send(s3Event), 400, "BadRequestError", "not an API Gateway proxy event");
    }

    @Test
    void brokenBase64BodyIsA400() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("body", "%%%");

        assertError(send(event), 400, "BadRequestError", "base64");
    }

    @Test
    void handleWorksWithoutALambdaContext() {
        JsonNode response = handler.handleEvent(restGet("/users/me"), null);

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void exposesItsRouteTable() {
        assertThat(handler.routes()).hasSize(12);
    }
}
