package dev.goblet.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.testing.Events;
import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import org.junit.jupiter.api.Test;

/**
 * A blueprint registered twice on {@link ShopApp}, and one of event functions, through the entry points the processor
 * generated.
 */
class BlueprintsTest {
    private final ShopApp app = new ShopApp();
    private final TestClient client = TestClient.of(new ShopAppHandler(app), new ShopAppStockRestockHandler(app),
            new ShopAppStockCountOfHandler(app));

    @Test
    void blueprintRoutesAnswerUnderTheirPrefix() {
        TestResponse response = client.http().get("/stock/cup").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("item").asText()).isEqualTo("cup");
        assertThat(response.json().get("count").asInt()).isEqualTo(3);
    }

    @Test
    void theBlueprintGetsWhatTheAppProvides() {
        TestResponse response = client.http().get("/stock/cup").send();

        assertThat(response.json().get("shop").asText()).isEqualTo("corner shop");
    }

    @Test
    void bothRegistrationsShareTheAppsInventory() {
        TestResponse put = client.http().put("/v2/stock/mug?count=7").send();
        TestResponse read = client.http().get("/stock/mug").send();

        assertThat(put.status()).isEqualTo(204);
        assertThat(read.json().get("count").asInt()).isEqualTo(7);
    }

    @Test
    void theBlueprintsRootIsThePrefix() {
        assertThat(client.http().get("/stock").send().json().asText()).isEqualTo("stock");
        assertThat(client.http().get("/v2/stock").send().json().asText()).isEqualTo("stock");
        assertThat(client.http().get("/").send().json().asText()).isEqualTo("home");
    }

    @Test
    void aBlueprintsEventFunctionsAreFunctionsOfTheAppUnderItsNamePrefix() {
        JsonNode answer = client.lambda().invoke("stock_restock", Events.sqs()
                .message("m1", "{\"item\": \"cup\", \"added\": 2}")
                .message("m2", "{\"item\": \"cup\", \"added\": -1}")
                .message("m3", "{\"item\": \"mug\", \"added\": 4}").build());

        assertThat(answer.path("batchItemFailures").findValuesAsText("itemIdentifier")).containsExactly("m2");
        assertThat(client.http().get("/stock/cup").send().json().get("count").asInt())
                .as("the blueprint's function and routes share what the app provides").isEqualTo(5);
        assertThat(client.lambda().invoke("stock_count_of", "mug").asInt()).isEqualTo(4);
        assertThat(app.calls).as("the app's event middleware covers them")
                .containsExactly("stock_restock", "stock_count_of");
    }

    @Test
    void anUnprefixedBlueprintPathIsNoRoute() {
        assertThat(client.http().get("/cup").send().status()).isEqualTo(404);
    }

    @Test
    void bindingErrorsOfBlueprintRoutesAreChalicesBadRequest() {
        TestResponse response = client.http().put("/stock/mug?count=many").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Code").asText()).isEqualTo("BadRequestError");
    }
}
