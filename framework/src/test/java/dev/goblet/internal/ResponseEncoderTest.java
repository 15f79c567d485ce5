package dev.goblet.internal;

import dev.goblet.HttpMethod;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.BadRequestError;
import dev.goblet.HttpError;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.NotFoundError;
import dev.goblet.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseEncoderTest {
    private static final RouteSpec GET_USER = RouteSpec.of(0, "/users/{u}", HttpMethod.GET);
    private static final RouteSpec CREATE_USER =
            RouteSpec.of(1, "/users", HttpMethod.POST).status(201).body();
    private static final RouteSpec DELETE_USER = RouteSpec.of(2, "/users/{u}", HttpMethod.DELETE).status(204);

    record User(String username, int age) {}

    private static JsonNode parse(Object body) throws IOException {
        return JsonBodies.MAPPER.readTree((String) body);
    }

    @Test
    void resultBecomesJsonWithTheRouteStatus() throws IOException {
        Response response = ResponseEncoder.encode(new User("jdoe", 42), CREATE_USER);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsExactly(Map.entry("Content-Type", List.of("application/json")));
        JsonNode body = parse(response.body());
        assertThat(body.get("username").asText()).isEqualTo("jdoe");
        assertThat(body.get("age").asInt()).isEqualTo(42);
    }

    @Test
    void stringResultOfARouteIsAJsonString() throws IOException {
        Response response = ResponseEncoder.encode("hello \"you\"", GET_USER);

        assertThat(parse(response.body()).asText()).isEqualTo("hello \"you\"");
    }

    @Test
    void nullResultOnA204RouteHasNoBodyAndNoContentType() {
        Response response = ResponseEncoder.encode(null, DELETE_USER);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isNull();
        assertThat(response.headers()).isEmpty();
    }

    @Test
    void responseWithStringBodyGetsTextPlain() {
        Response response = ResponseEncoder.encode(Response.status(200).body("pong").build());

        assertThat(response.body()).isEqualTo("pong");
        assertThat(response.headers().get("Content-Type")).singleElement().asString().startsWith("text/plain");
    }

    @Test
    void responseKeepsAContentTypeItSetInAnyCase() {
        Response response = ResponseEncoder.encode(
                Response.status(200).header("content-type", "text/csv").body("a,b\n1,2\n").build());

        assertThat(response.headers()).containsOnlyKeys("content-type");
        assertThat(response.headers().get("content-type")).containsExactly("text/csv");
    }

    @Test
    void responseWithBytesKeepsThemAndGetsOctetStream() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        Response response = ResponseEncoder.encode(Response.status(200).body(png).build());

        assertThat(response.body()).isSameAs(png);
        assertThat(response.headers().get("Content-Type")).containsExactly("application/octet-stream");
    }

    @Test
    void responseWithObjectBodyBecomesJsonAndKeepsStatusAndHeaders() throws IOException {
        Response response = ResponseEncoder.encode(Response.status(202).header("Location", "/users/jdoe")
                .header("X-Trace", "a").header("X-Trace", "b").body(Map.of("queued", true)).build());

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.headers().get("X-Trace")).containsExactly("a", "b");
        assertThat(response.headers().get("Location")).containsExactly("/users/jdoe");
        assertThat(response.headers().get("Content-Type")).containsExactly("application/json");
        assertThat(parse(response.body()).get("queued").asBoolean()).isTrue();
    }

    @Test
    void noContentStaysEmpty() {
        Response response = ResponseEncoder.encode(Response.noContent(), GET_USER);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isNull();
    }

    @Test
    void errorHasChaliceCodeAndMessage() throws IOException {
        Response response = ResponseEncoder.error(new NotFoundError("No user jdoe"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().get("Content-Type")).containsExactly("application/json");
        JsonNode body = parse(response.body());
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("Code", "Message");
        assertThat(body.get("Code").asText()).isEqualTo("NotFoundError");
        assertThat(body.get("Message").asText()).isEqualTo("No user jdoe");
    }

    @Test
    void errorMessageIsEscapedAsJson() throws IOException {
        Response response = ResponseEncoder.error(new BadRequestError("bad \"quote\" and \\ and\nnewline"));

        assertThat(parse(response.body()).get("Message").asText()).isEqualTo("bad \"quote\" and \\ and\nnewline");
    }

    @Test
    void customHttpErrorKeepsItsStatusAndCode() throws IOException {
        Response response = ResponseEncoder.error(new HttpError(418, "ImATeapot", "short and stout"));

        assertThat(response.status()).isEqualTo(418);
        assertThat(parse(response.body()).get("Code").asText()).isEqualTo("ImATeapot");
    }

    @Test
    void methodNotAllowedCarriesAllow() throws IOException {
        Response response = ResponseEncoder.error(new MethodNotAllowedError("nope", List.of("GET", "DELETE")));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().get("Allow")).containsExactly("GET, DELETE");
        assertThat(parse(response.body()).get("Code").asText()).isEqualTo("MethodNotAllowedError");
    }

    @Test
    void internalErrorRevealsNothing() throws IOException {
        Response response = ResponseEncoder.internalError();

        assertThat(response.status()).isEqualTo(500);
        JsonNode body = parse(response.body());
        assertThat(body.get("Code").asText()).isEqualTo("InternalServerError");
        assertThat(body.get("Message").asText()).isEqualTo("An internal server error occurred.");
        assertThat(body.size()).isEqualTo(2);
    }
}
