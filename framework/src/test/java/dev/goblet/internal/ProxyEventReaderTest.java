package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.AuthorizerContext;
import dev.goblet.BadRequestError;
import dev.goblet.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyEventReaderTest {
    private static Request restV1() {
        return ProxyEventReader.read(Events.load(Events.REST_V1_POST_USERS));
    }

    private static Request httpV2() {
        return ProxyEventReader.read(Events.load(Events.HTTP_V2_GET_USER));
    }

    @Test
    void tellsPayloadVersionsApart() {
        assertThat(ProxyEventReader.isPayloadV2(Events.load(Events.HTTP_V2_GET_USER))).isTrue();
        assertThat(ProxyEventReader.isPayloadV2(Events.load(Events.REST_V1_POST_USERS))).isFalse();
        ObjectNode v1WithVersion = Events.load(Events.REST_V1_POST_USERS).put("version", "1.0");
        assertThat(ProxyEventReader.isPayloadV2(v1WithVersion)).isFalse();
    }

    @Test
    void v1MethodAndPathAsSent() {
        Request request = restV1();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/users");
        assertThat(request.resourcePath()).isNull();
        assertThat(request.pathParameters()).isEmpty();
    }

    @Test
    void v1RequestContext() {
        Request request = restV1();

        assertThat(request.stage()).isEqualTo("dev");
        assertThat(request.requestId()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        assertThat(request.lambdaContext()).isNull();
    }

    @Test
    void v1Identity() {
        Request request = restV1();

        assertThat(request.identity().sourceIp()).isEqualTo("198.51.100.7");
        assertThat(request.identity().userAgent()).isEqualTo("curl/8.5.0");
        assertThat(request.identity().attributes())
                .containsEntry("sourceIp", "198.51.100.7")
                .containsEntry("userAgent", "curl/8.5.0")
                .doesNotContainKeys("accountId", "userArn", "clientCert");
    }

    @Test
    void v1StageVariables() {
        assertThat(restV1().stageVariables())
                .containsOnly(Map.entry("tableName", "users-dev"), Map.entry("logLevel", "debug"));
    }

    @Test
    void v1HeadersMatchWithoutRegardToCase() {
        Request request = restV1();

        assertThat(request.header("content-type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.header("CONTENT-TYPE")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.headers().contains("x-forwarded-proto")).isTrue();
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.header("X-Missing")).isNull();
    }

    @Test
    void v1RepeatedHeaderKeepsEveryValueInOrder() {
        Request request = restV1();

        assertThat(request.headers().all("x-tag")).containsExactly("red", "blue");
        assertThat(request.header("X-Tag")).isEqualTo("red");
        assertThat(request.headers().names()).contains("X-Tag", "Host", "User-Agent");
    }

    @Test
    void v1QueryParametersComeDecodedWithEveryValue() {
        Request request = restV1();

        assertThat(request.queryParameterValues("tag")).containsExactly("a&b", "b c");
        assertThat(request.queryParameter("tag")).isEqualTo("a&b");
        assertThat(request.queryParameter("dryRun")).isEqualTo("true");
        assertThat(request.queryParameter("missing")).isNull();
        assertThat(request.queryParameterValues("missing")).isEmpty();
    }

    @Test
    void v1Base64BodyIsDecoded() {
        Request request = restV1();

        assertThat(request.hasBody()).isTrue();
        assertThat(request.bodyText()).isEqualTo("{\"username\":\"jdoe\",\"email\":\"jdoe@example.com\",\"age\":42}");
        assertThat(request.jsonBody().get("age").asInt()).isEqualTo(42);
    }

    @Test
    void v1TextBodyIsReadAsUtf8() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("body", "{\"name\":\"Zoë\"}")
                .put("isBase64Encoded", false);

        Request request = ProxyEventReader.read(event);

        assertThat(request.rawBody()).isEqualTo("{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void v1SingleValueMapsAloneAreEnough() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        event.putNull("multiValueHeaders");
        event.putNull("multiValueQueryStringParameters");

        Request request = ProxyEventReader.read(event);

        assertThat(request.headers().all("X-Tag")).containsExactly("blue");
        assertThat(request.queryParameterValues("tag")).containsExactly("b c");
    }

    @Test
    void v1NullMapsGiveEmptyParts() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        event.putNull("headers");
        event.putNull("multiValueHeaders");
        event.putNull("queryStringParameters");
        event.putNull("multiValueQueryStringParameters");
        event.putNull("stageVariables");
        event.putNull("body");
        event.put("isBase64Encoded", false);

        Request request = ProxyEventReader.read(event);

        assertThat(request.headers().names()).isEmpty();
        assertThat(request.queryParameters()).isEmpty();
        assertThat(request.stageVariables()).isEmpty();
        assertThat(request.hasBody()).isFalse();
        assertThat(request.contentType()).isNull();
    }

    @Test
    void v1MethodIsUpperCased() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("httpMethod", "post");

        assertThat(ProxyEventReader.read(event).method()).isEqualTo("POST");
    }

    @Test
    void v2MethodAndPathWithoutTheNamedStage() {
        Request request = httpV2();

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/users/john%20doe");
        assertThat(request.stage()).isEqualTo("dev");
        assertThat(request.resourcePath()).isNull();
        assertThat(request.pathParameters()).as("bound by the route table, not by the event").isEmpty();
    }

    @Test
    void v2DefaultStageLeavesThePathAlone() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER).put("rawPath", "/dev/users/x");
        ((ObjectNode) event.get("requestContext")).put("stage", "$default");

        Request request = ProxyEventReader.read(event);

        assertThat(request.path()).isEqualTo("/dev/users/x");
        assertThat(request.stage()).isEqualTo("$default");
    }

    @Test
    void v2StageIsStrippedOnlyAsAWholeSegment() {
        assertThat(readV2Path("/dev")).isEqualTo("/");
        assertThat(readV2Path("/dev/")).isEqualTo("/");
        assertThat(readV2Path("/devices/1")).isEqualTo("/devices/1");
        assertThat(readV2Path("/users/dev")).isEqualTo("/users/dev");
    }

    private static String readV2Path(String rawPath) {
        return ProxyEventReader.read(Events.load(Events.HTTP_V2_GET_USER).put("rawPath", rawPath)).path();
    }

    @Test
    void v2RequestContext() {
        Request request = httpV2();

        assertThat(request.requestId()).isEqualTo("JKJaXmPLvHcESHA=");
        assertThat(request.stageVariables()).containsOnly(Map.entry("tableName", "users-dev"));
    }

    @Test
    void v2IdentityComesFromRequestContextHttp() {
        Request request = httpV2();

        assertThat(request.identity().sourceIp()).isEqualTo("203.0.113.25");
        assertThat(request.identity().userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0");
        assertThat(request.identity().attributes())
                .containsEntry("protocol", "HTTP/1.1")
                .containsEntry("sourceIp", "203.0.113.25")
                .doesNotContainKeys("method", "path");
    }

    @Test
    void v2QueryIsParsedFromTheRawStringWithEveryValueDecoded() {
        Request request = httpV2();

        assertThat(request.queryParameter("q")).isEqualTo("john doe");
        assertThat(request.queryParameterValues("tag")).containsExactly("a&b", "c=d");
        assertThat(request.queryParameter("note")).isEqualTo("café");
        assertThat(request.queryParameters()).containsOnlyKeys("q", "tag", "note");
    }

    @Test
    void v2HeadersMatchWithoutRegardToCaseAndKeepCommaJoinedValues() {
        Request request = httpV2();

        assertThat(request.header("User-Agent")).isEqualTo("Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0");
        assertThat(request.header("X-TAG")).isEqualTo("red,blue");
        assertThat(request.headers().all("accept")).containsExactly("application/json,text/plain");
    }

    @Test
    void v2CookiesBecomeOneCookieHeader() {
        assertThat(httpV2().headers().all("cookie")).containsExactly("session=abc123; theme=dark");
    }

    @Test
    void v2WithoutBodyHasNone() {
        Request request = httpV2();

        assertThat(request.hasBody()).isFalse();
        assertThat(request.rawBody()).isEmpty();
        assertThat(request.jsonBody()).isNull();
    }

    @Test
    void v2Base64Body() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER).put("body", "AAEC/w==").put("isBase64Encoded", true);

        assertThat(ProxyEventReader.read(event).rawBody()).containsExactly(0, 1, 2, 255);
    }

    @Test
    void v2FallsBackToTheContextPathWithoutRawPath() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER);
        event.remove("rawPath");
        ((ObjectNode) event.at("/requestContext/http")).put("path", "/dev/health");

        assertThat(ProxyEventReader.read(event).path()).isEqualTo("/health");
    }

    @Test
    void badBase64IsABadRequest() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS).put("body", "not base64!");

        assertThatThrownBy(() -> ProxyEventReader.read(event))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("base64");
    }

    @Test
    void malformedRawQueryIsABadRequest() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER).put("rawQueryString", "q=%E");

        assertThatThrownBy(() -> ProxyEventReader.read(event)).isInstanceOf(BadRequestError.class);
    }

    @Test
    void eventsThatAreNotProxyEventsAreBadRequests() {
        assertThatThrownBy(() -> ProxyEventReader.read(JsonBodies.MAPPER.createArrayNode()))
                .isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> ProxyEventReader.read(JsonBodies.MAPPER.createObjectNode()))
                .isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> ProxyEventReader.read(JsonBodies.MAPPER.createObjectNode().put("version", "2.0")))
                .isInstanceOf(BadRequestError.class);
    }

    @Test
    void parseQueryHandlesBareNamesEmptyValuesAndStrayAmpersands() {
        assertThat(ProxyEventReader.parseQuery("flag&empty=&&a=1=2"))
                .containsExactly(Map.entry("flag", List.of("")), Map.entry("empty", List.of("")),
                        Map.entry("a", List.of("1=2")));
        assertThat(ProxyEventReader.parseQuery("")).isEmpty();
        assertThat(ProxyEventReader.parseQuery(null)).isEmpty();
    }

    @Test
    void parseQueryDecodesNamesToo() {
        assertThat(ProxyEventReader.parseQuery("first+name=Ann&a%5B%5D=1")).containsOnlyKeys("first name", "a[]");
    }

    @Test
    void v1CognitoClaimsGiveThePrincipalAsSub() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) event.path("requestContext")).putObject("authorizer").putObject("claims")
                .put("sub", "5f1c").put("email", "ann@example.com").put("cognito:groups", "admins");

        AuthorizerContext authorizer = ProxyEventReader.read(event).authorizer();

        assertThat(authorizer.principalId()).isEqualTo("5f1c");
        assertThat(authorizer.claims()).containsEntry("email", "ann@example.com").containsEntry("sub", "5f1c");
        assertThat(authorizer.context()).isEmpty();
    }

    @Test
    void v1LambdaAuthorizerGivesItsPrincipalAndContext() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) event.path("requestContext")).putObject("authorizer").put("principalId", "ann")
                .put("tenant", "acme").put("level", 3).put("integrationLatency", 12);

        AuthorizerContext authorizer = ProxyEventReader.read(event).authorizer();

        assertThat(authorizer.principalId()).isEqualTo("ann");
        assertThat(authorizer.context()).containsEntry("tenant", "acme").containsEntry("level", "3")
                .doesNotContainKey("principalId");
        assertThat(authorizer.claims()).isEmpty();
    }

    @Test
    void v1IamCallerIsThePrincipal() {
        ObjectNode event = Events.load(Events.REST_V1_POST_USERS);
        ((ObjectNode) event.path("requestContext").path("identity"))
                .put("userArn", "arn:aws:iam::123456789012:user/ann");

        assertThat(ProxyEventReader.read(event).authorizer().principalId())
                .isEqualTo("arn:aws:iam::123456789012:user/ann");
    }

    @Test
    void v2JwtClaimsAndLambdaContext() {
        ObjectNode event = Events.load(Events.HTTP_V2_GET_USER);
        ObjectNode authorizer = ((ObjectNode) event.path("requestContext")).putObject("authorizer");
        authorizer.putObject("jwt").putObject("claims").put("sub", "77").put("scope", "users/read");

        AuthorizerContext read = ProxyEventReader.read(event).authorizer();

        assertThat(read.principalId()).isEqualTo("77");
        assertThat(read.claims()).containsEntry("scope", "users/read");
    }

    @Test
    void withoutAuthorizerTheContextIsEmpty() {
        assertThat(restV1().authorizer()).isEqualTo(AuthorizerContext.NONE);
        assertThat(httpV2().authorizer()).isEqualTo(AuthorizerContext.NONE);
    }
}
