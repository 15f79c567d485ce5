package dev.goblet.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.function.ApiFunction;
import dev.goblet.function.ApiRoute;
import dev.goblet.HttpMethod;
import dev.goblet.testing.ApiFunctions;
import dev.goblet.testing.PayloadVersion;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests to an app whose routes run in two functions go, through the test client, to the function that serves
 * each route, with the app's middleware, exception handlers and CORS in each.
 */
class RouteFunctionsClientTest {
    private final OrdersAppHandler api = new OrdersAppHandler(new OrdersApp("api"));
    private final OrdersAppReportsHandler reports = new OrdersAppReportsHandler(new OrdersApp("reports"));
    private final TestClient client = TestClient.of(api, reports);

    @Test
    void eachGeneratedFunctionHoldsOnlyItsOwnRoutes() {
        assertThat(api.functionName()).isEqualTo("api_handler");
        assertThat(reports.functionName()).isEqualTo("reports");
        assertThat(api.routes()).containsExactly(new ApiRoute(HttpMethod.GET, "/orders/{id}"));
        assertThat(reports.routes()).containsExactly(new ApiRoute(HttpMethod.GET, "/orders/summary"),
                new ApiRoute(HttpMethod.GET, "/reports/{day}"), new ApiRoute(HttpMethod.DELETE, "/reports/{day}"));
    }

    @Test
    void eachRequestRunsInTheFunctionOfItsRoute() {
        assertThat(client.http().get("/orders/42").send().json().get("servedBy").asText()).isEqualTo("api");
        TestResponse report = client.http().get("/reports/monday").send();
        assertThat(report.json().get("servedBy").asText()).isEqualTo("reports");
        assertThat(report.json().get("function").asText()).as("the Lambda context's").isEqualTo("reports");
        assertThat(client.http().delete("/reports/monday").send().json().get("servedBy").asText())
                .isEqualTo("reports");
    }

    @Test
    void aLiteralSegmentWinsOverAnotherFunctionsVariable() {
        TestResponse summary = client.http().get("/orders/summary").send();
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("servedBy").asText()).isEqualTo("reports");
        assertThat(summary.json().has("id")).isFalse();
    }

    @Test
    void theAppsMiddlewareExceptionHandlersAndCorsApplyInEachFunction() {
        TestResponse failed = client.http().get("/reports/never").send();
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.json().get("Code").asText()).isEqualTo("NoReport");
        assertThat(failed.header("X-Served-By")).isEqualTo("reports");
        assertThat(failed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");

        TestResponse order = client.http().get("/orders/7").send();
        assertThat(order.header("X-Served-By")).isEqualTo("api");
        assertThat(order.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
    }

    @Test
    void aPreflightIsAnsweredByTheFunctionOfItsPath() {
        TestResponse preflight = client.http().options("/reports/monday")
                .header("Origin", "https://shop.example.com").header("Access-Control-Request-Method", "DELETE")
                .send();
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("DELETE");
    }

    @Test
    void aPathNoFunctionHasGetsTheApisAnswer() {
        TestResponse missing = client.http().get("/nothing/here").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("Code").asText()).isEqualTo("NotFoundError");
    }

    @Test
    void httpApiEventsAreRoutedByTheirRawPath() {
        TestResponse summary = client.withPayload(PayloadVersion.HTTP_2_0).http().get("/orders/summary").send();
        assertThat(summary.json().get("servedBy").asText()).isEqualTo("reports");
    }

    @Test
    void theApiOfOneFunctionIsThatFunction() {
        assertThat(ApiFunctions.of(List.of(api))).isSameAs(api);
        ApiFunction both = ApiFunctions.of(List.of(reports, api));
        assertThat(((ApiFunctions) both).owner("GET", "/orders/summary")).isSameAs(reports);
        assertThat(((ApiFunctions) both).owner("GET", "/orders/1")).isSameAs(api);
        assertThat(both.functionName()).isEqualTo("api_handler");
        assertThat(both.routes()).hasSize(4);
        assertThatThrownBy(() -> ApiFunctions.of(List.of(api, new OrdersAppHandler())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same name");
    }
}
