package dev.goblet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {
    record Item(String name, int quantity) {}

    private static Request withBody(String body, String contentType) {
        return Request.builder("POST", "/items")
                .headers(Headers.of(Map.of("Content-Type", List.of(contentType))))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void builderDefaultsAreEmpty() {
        Request request = Request.builder("GET", "/").build();

        assertThat(request.headers().names()).isEmpty();
        assertThat(request.queryParameters()).isEmpty();
        assertThat(request.pathParameters()).isEmpty();
        assertThat(request.hasBody()).isFalse();
        assertThat(request.bodyText()).isEmpty();
        assertThat(request.stage()).isEqualTo("$default");
        assertThat(request.requestId()).isEmpty();
        assertThat(request.identity().attributes()).isEmpty();
        assertThat(request.stageVariables()).isEmpty();
        assertThat(request.resourcePath()).isNull();
        assertThat(request.contentType()).isNull();
        assertThat(request).hasToString("GET /");
    }

    @Test
    void contentTypeDropsParametersAndLowerCases() {
        assertThat(withBody("{}", " Application/JSON ; charset=UTF-8").contentType()).isEqualTo("application/json");
    }

    @Test
    void withRouteAddsTheTemplateAndVariablesAndKeepsTheRest() {
        Request request = withBody("{}", "application/json").toBuilder().stage("dev").requestId("r-1").build();

        Request matched = request.withRoute("/items/{id}", Map.of("id", "7"));

        assertThat(matched.resourcePath()).isEqualTo("/items/{id}");
        assertThat(matched.pathParameter("id")).isEqualTo("7");
        assertThat(matched.stage()).isEqualTo("dev");
        assertThat(matched.requestId()).isEqualTo("r-1");
        assertThat(matched.bodyText()).isEqualTo("{}");
        assertThat(request.resourcePath()).isNull();
    }

    @Test
    void rawBodyIsACopy() {
        Request request = withBody("abc", "text/plain");

        request.rawBody()[0] = 'X';

        assertThat(request.bodyText()).isEqualTo("abc");
    }

    @Test
    void queryParametersCannotBeChangedThroughTheRequest() {
        Map<String, List<String>> query = new HashMap<>();
        query.put("tag", new ArrayList<>(List.of("a")));
        Request request = Request.builder("GET", "/").queryParameters(query).build();

        query.get("tag").add("sneaked in");

        assertThat(request.queryParameterValues("tag")).containsExactly("a");
        assertThatThrownBy(() -> request.queryParameterValues("tag").add("b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void jsonBodyBindsToAClassAndToAGenericType() {
        Request one = withBody("{\"name\":\"mug\",\"quantity\":2}", "application/json");
        Request many = withBody("[{\"name\":\"mug\",\"quantity\":2}]", "application/json");

        assertThat(one.jsonBody(Item.class)).isEqualTo(new Item("mug", 2));
        assertThat(many.jsonBody(new TypeReference<List<Item>>() {})).containsExactly(new Item("mug", 2));
        assertThat(one.jsonBody().get("name").asText()).isEqualTo("mug");
    }

    @Test
    void jsonBodyErrorsAreBadRequestsNamingTheField() {
        Request typo = withBody("{\"nmae\":\"mug\",\"quantity\":2}", "application/json");
        Request nested = withBody("[{\"name\":\"mug\",\"quantity\":\"two\"}]", "application/json");

        assertThatThrownBy(() -> typo.jsonBody(Item.class))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("'nmae'");
        assertThatThrownBy(() -> nested.jsonBody(new TypeReference<List<Item>>() {}))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("'[0].quantity'");
        assertThatThrownBy(() -> withBody("{oops", "application/json").jsonBody())
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("Error Parsing JSON");
    }

    @Test
    void trailingGarbageAfterJsonIsABadRequest() {
        Request request = withBody("{\"name\":\"mug\",\"quantity\":2} x", "application/json");

        assertThatThrownBy(() -> request.jsonBody(Item.class)).isInstanceOf(BadRequestError.class);
    }

    @Test
    void nullForAPrimitiveFieldIsABadRequest() {
        assertThatThrownBy(() -> withBody("{\"name\":\"mug\",\"quantity\":null}", "application/json")
                .jsonBody(Item.class))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("quantity");
    }
}
