package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.function.ApiFunction;
import dev.goblet.routing.OrdersAppHandler;
import dev.goblet.testing.ApiFunctions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local server of an app whose routes run in two functions ({@code OrdersApp}: {@code api_handler} and
 * {@code reports}), started from the API handler's name as {@code goblet:local} starts it: the app's function index
 * brings in the other function, and each request over real HTTP runs in the function of its route.
 */
class LocalRouteFunctionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesEveryRouteFunctionOfTheAppFromTheApiHandlersName() throws Exception {
        LaunchArguments launch = LaunchArguments.parse(List.of("--handler", OrdersAppHandler.class.getName(),
                "--port", "0"), Map.of(), StageConfig.NONE);
        ApiFunction api = launch.newHandler(getClass().getClassLoader());
        assertThat(api).isInstanceOf(ApiFunctions.class);
        assertThat(((ApiFunctions) api).functions()).extracting(ApiFunction::functionName)
                .containsExactly("api_handler", "reports");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LocalServer server = LocalServer.start(api, launch.options().withLog(new PrintStream(log, true)))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // In api_handler alone, /orders/summary would take /orders/{id}; the reports function's literal wins.
            HttpResponse<String> summary = get(client, server.uri() + "/orders/summary");
            assertThat(summary.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(summary.body());
            assertThat(body.has("id")).isFalse();
            assertThat(body.get("servedBy").asText()).isEqualTo("lambda");

            HttpResponse<String> report = get(client, server.uri() + "/reports/monday");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(report.body()).get("day").asText()).isEqualTo("monday");
            assertThat(JSON.readTree(report.body()).get("function").asText()).isEqualTo("reports");

            HttpResponse<String> failed = get(client, server.uri() + "/reports/never");
            assertThat(failed.statusCode()).isEqualTo(409);
            assertThat(failed.headers().firstValue("X-Served-By")).contains("lambda");

            HttpResponse<String> order = get(client, server.uri() + "/orders/42");
            assertThat(JSON.readTree(order.body()).get("id").asText()).isEqualTo("42");

            // A path no function has: the REST API's own 403, as deployed.
            HttpResponse<String> missing = get(client, server.uri() + "/nothing");
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(missing.body()).get("Code").asText()).isEqualTo("MissingAuthenticationTokenError");
        }
        assertThat(log.toString()).contains("GET /orders/summary 200", "GET /reports/never 409");
    }

    private static HttpResponse<String> get(HttpClient client, String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
