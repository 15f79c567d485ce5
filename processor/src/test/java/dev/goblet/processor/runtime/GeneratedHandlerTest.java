package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Real API Gateway events through the handler the processor generated for {@link SampleApi}, in at the Lambda
 * entry point and out as the proxy response API Gateway reads.
 */
class GeneratedHandlerTest {
    private static final String CUP = "{\"name\":\"cup\",\"quantity\":1,\"tags\":[]}";
    private static final String TWO_CUPS = "{\"name\":\"cup\",\"quantity\":2,\"tags\":[\"a\"]}";

    private final SampleHandler handler = new SampleHandler();

    @Nested
    class Binding {
        @Test
        void jsonBodyBindsToARecordAndAnswersWithTheRouteStatus() throws IOException {
            JsonNode answer = invoke(Events.rest("POST", "/items").json(TWO_CUPS));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(201);
            assertThat(answer.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
            assertThat(body(answer)).isEqualTo(Events.JSON.readTree(TWO_CUPS));
        }

        @Test
        void pathQueryAndHeaderValuesAreConverted() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/items/42")
                    .query("color", "GREEN").query("tag", "x", "y")
                    .header("x-request-id", "3f1c2e9a-0b7d-4c1e-9a57-6d1f0e2b4c11"));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
            assertThat(body(answer)).isEqualTo(Events.JSON.readTree(
                    "{\"id\":42,\"color\":\"GREEN\",\"tags\":[\"x\",\"y\"],"
                    + "\"requestId\":\"3f1c2e9a-0b7d-4c1e-9a57-6d1f0e2b4c11\",\"limit\":10}"));
        }

        @Test
        void absentOptionalsAreEmptyAndDefaultsApply() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/items/7"));
            assertThat(body(answer)).isEqualTo(Events.JSON.readTree(
                    "{\"id\":7,\"color\":null,\"tags\":[],\"requestId\":null,\"limit\":10}"));
        }

        @Test
        void httpApiQueryStringKeepsRepeatedValuesAndDecodes() throws IOException {
            JsonNode answer = invoke(Events.http("GET", "/items/5").query("tag", "a+b", "c%2Fd").query("limit", "3"));
            assertThat(body(answer).get("tags")).isEqualTo(Events.JSON.readTree("[\"a b\",\"c/d\"]"));
            assertThat(body(answer).get("limit").asInt()).isEqualTo(3);
        }

        @Test
        void requestObjectCarriesTheEventsContext() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/request").query("q", "1"));
            JsonNode request = body(answer);
            assertThat(request.get("method").asText()).isEqualTo("GET");
            assertThat(request.get("resourcePath").asText()).isEqualTo("/request");
            assertThat(request.get("stage").asText()).isEqualTo("api");
            assertThat(request.get("requestId").asText()).isEqualTo("77375676-xmpl-4b79-853a-f982474efe18");
            assertThat(request.get("sourceIp").asText()).isEqualTo("203.0.113.10");
            assertThat(request.get("userAgent").asText()).isEqualTo("curl/8.5.0");
            assertThat(request.get("query").get("q").get(0).asText()).isEqualTo("1");
            assertThat(request.get("stageVariables").get("table").asText()).isEqualTo("users-dev");
        }

        @Test
        void httpApiNamedStageIsNotPartOfTheRoute() throws IOException {
            JsonNode answer = invoke(Events.http("POST", "/dev/request").stage("dev").text("hello"));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
            assertThat(body(answer).get("path").asText()).isEqualTo("/request");
            assertThat(body(answer).get("stage").asText()).isEqualTo("dev");
            assertThat(body(answer).get("body").asText()).isEqualTo("hello");
            assertThat(body(answer).get("sourceIp").asText()).isEqualTo("198.51.100.7");
        }

        @Test
        void optionalBodyMayBeAbsent() throws IOException {
            assertThat(body(invoke(Events.rest("POST", "/notes"))).get("present").asBoolean()).isFalse();
            JsonNode present = body(invoke(Events.rest("POST", "/notes")
                    .json(CUP)));
            assertThat(present.get("present").asBoolean()).isTrue();
            assertThat(present.get("name").asText()).isEqualTo("cup");
        }

        @Test
        void strictBooleanHeader() throws IOException {
            assertThat(body(invoke(Events.rest("GET", "/users/ann").header("X-Flag", "TRUE"))).get("flag").asText())
                    .isEqualTo("true");
            assertError(invoke(Events.rest("GET", "/users/ann").header("X-Flag", "yes")), 400, "BadRequestError",
                    "Invalid value for header 'X-Flag': 'yes'");
        }
    }

    @Nested
    class Answers {
        @Test
        void voidAnswers204WithNoBody() throws IOException {
            JsonNode answer = invoke(Events.rest("DELETE", "/items/3"));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(204);
            assertThat(answer.get("body").asText()).isEmpty();
        }

        @Test
        void voidWithAChosenStatusAnswersIt() throws IOException {
            JsonNode answer = invoke(Events.rest("PUT", "/items/3").json(CUP));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(202);
        }

        @Test
        void base64BodiesBothWays() throws IOException {
            byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe};
            JsonNode answer = invoke(Events.rest("POST", "/echo").binary(bytes, "application/octet-stream"));
            assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
            assertThat(answer.get("isBase64Encoded").asBoolean()).isTrue();
            assertThat(Base64.getDecoder().decode(answer.get("body").asText())).isEqualTo(bytes);
            assertThat(answer.get("headers").get("Content-Type").asText()).isEqualTo("application/octet-stream");
        }

        @Test
        void restAnswerCarriesMultiValueHeaders() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/cookies"));
            assertThat(answer.get("multiValueHeaders").get("Set-Cookie"))
                    .isEqualTo(Events.JSON.readTree("[\"a=1\",\"b=2\"]"));
            assertThat(answer.get("multiValueHeaders").get("X-Multi"))
                    .isEqualTo(Events.JSON.readTree("[\"one\",\"two\"]"));
        }

        @Test
        void httpApiAnswerPutsCookiesApartAndJoinsHeaders() throws IOException {
            JsonNode answer = invoke(Events.http("GET", "/cookies"));
            assertThat(answer.get("cookies")).isEqualTo(Events.JSON.readTree("[\"a=1\",\"b=2\"]"));
            assertThat(answer.get("headers").get("X-Multi").asText()).isEqualTo("one,two");
            assertThat(answer.has("multiValueHeaders")).isFalse();
        }
    }

    @Nested
    class Routing {
        @Test
        void literalSegmentWinsOverVariable() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/items/special"));
            assertThat(body(answer).asText()).isEqualTo("special");
        }

        @Test
        void greedyVariableTakesTheRestOfThePath() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/files/docs/2024/report%20final.pdf"));
            assertThat(body(answer).get("path").asText()).isEqualTo("docs/2024/report final.pdf");
        }

        @Test
        void percentEncodedVariableIsDecodedAndEncodedSlashDoesNotSplit() throws IOException {
            JsonNode answer = invoke(Events.rest("GET", "/users/john%20doe%2Fjr").header("X-Flag", "false"));
            assertThat(body(answer).get("name").asText()).isEqualTo("john doe/jr");
        }

        @Test
        void trailingSlashIsIgnored() throws IOException {
            assertThat(body(invoke(Events.rest("GET", "/items/9/"))).get("id").asInt()).isEqualTo(9);
        }

        @Test
        void unknownPathIs404() throws IOException {
            assertError(invoke(Events.rest("GET", "/nothing/here")), 404, "NotFoundError", "/nothing/here");
        }

        @Test
        void wrongMethodIs405WithAllow() throws IOException {
            JsonNode answer = invoke(Events.rest("PATCH", "/items/1"));
            assertError(answer, 405, "MethodNotAllowedError", "PATCH");
            assertThat(answer.get("headers").get("Allow").asText()).isEqualTo("GET, DELETE, PUT");
        }
    }

    @Nested
    class Errors {
        @Test
        void malformedJsonIs400() throws IOException {
            assertError(invoke(Events.rest("POST", "/items").json("{\"name\": ")), 400, "BadRequestError",
                    "body 'item'");
        }

        @Test
        void unknownFieldIs400NamingIt() throws IOException {
            String withColour = "{\"name\":\"cup\",\"quantity\":1,\"tags\":[],\"colour\":\"red\"}";
            assertError(invoke(Events.rest("POST", "/items").json(withColour)), 400, "BadRequestError",
                    "Unknown field 'colour'");
        }

        @Test
        void wrongFieldTypeIs400NamingTheField() throws IOException {
            assertError(invoke(Events.rest("POST", "/items").json("{\"name\":\"cup\",\"quantity\":\"many\"}")), 400,
                    "BadRequestError", "quantity");
        }

        @Test
        void missingBodyIs400() throws IOException {
            assertError(invoke(Events.rest("POST", "/items")), 400, "BadRequestError", "Missing request body");
        }

        @Test
        void unconvertiblePathValueIs400NamingIt() throws IOException {
            assertError(invoke(Events.rest("GET", "/items/abc")), 400, "BadRequestError",
                    "Invalid value for path parameter 'id': 'abc'");
        }

        @Test
        void unconvertibleQueryValueIs400NamingIt() throws IOException {
            assertError(invoke(Events.rest("GET", "/items/1").query("color", "BLUE")), 400, "BadRequestError",
                    "Invalid value for query parameter 'color': 'BLUE'");
        }

        @Test
        void wrongContentTypeIs415() throws IOException {
            assertError(invoke(Events.rest("POST", "/items").text("name=cup").header("Content-Type", "text/plain")),
                    415, "UnsupportedMediaType", "text/plain");
        }

        @Test
        void bodyWithoutContentTypeIs415NotTakenAsJson() throws IOException {
            assertError(invoke(Events.rest("POST", "/items").text(CUP)), 415, "UnsupportedMediaType",
                    "Unsupported media type: none given; POST /items accepts application/json");
        }

        @Test
        void thrownHttpErrorKeepsItsStatusAndCode() throws IOException {
            assertError(invoke(Events.rest("PUT", "/conflict")), 409, "ConflictError", "Item already exists");
        }

        @Test
        void uncaughtExceptionIs500ThatRevealsNothing() throws IOException {
            PrintStream original = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            JsonNode answer;
            try {
                answer = invoke(Events.rest("GET", "/boom"));
            } finally {
                System.setErr(original);
            }
            assertError(answer, 500, "InternalServerError", "An internal server error occurred.");
            assertThat(answer.toString()).doesNotContain("secret").doesNotContain("IllegalStateException");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("secret connection string")
                    .contains("at dev.goblet.processor.runtime.SampleApi.boom");
        }

        @Test
        void eventThatIsNotJsonStillGetsAProxyAnswer() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)), out, null);
            JsonNode answer = Events.JSON.readTree(out.toByteArray());
            assertError(answer, 400, "BadRequestError", "not an API Gateway proxy event");
        }
    }

    private JsonNode invoke(Events event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, null);
        return Events.JSON.readTree(out.toByteArray());
    }

    private static JsonNode body(JsonNode answer) throws IOException {
        return Events.JSON.readTree(answer.get("body").asText());
    }

    private static void assertError(JsonNode answer, int status, String code, String messagePart) throws IOException {
        assertThat(answer.get("statusCode").asInt()).isEqualTo(status);
        assertThat(answer.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
        JsonNode body = body(answer);
        assertThat(body.get("Code").asText()).isEqualTo(code);
        assertThat(body.get("Message").asText()).contains(messagePart);
        assertThat(body.size()).isEqualTo(2);
    }
}
