package dev.goblet.composition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.testing.TestClient;
import dev.goblet.testing.TestResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Exception handlers through the entry points the processor generated for {@link ErrorsApp} and {@link CatchAllApp}. */
class ExceptionHandlersTest {

    @Nested
    class Precedence {
        private final TestClient client = TestClient.of(new ErrorsAppHandler());

        @Test
        void theHandlerOfTheTypeItselfAnswers() {
            TestResponse response = client.http().get("/items/shop").send();

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().get("handler").asText()).isEqualTo("shop");
        }

        @Test
        void theMostSpecificHandlerWinsOverOneDeclaredBefore() {
            TestResponse response = client.http().get("/items/none").send();

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("Code").asText()).isEqualTo("ConflictError");
            assertThat(response.json().get("Message").asText()).isEqualTo("Out of stock: none");
        }

        @Test
        void aSubclassWithoutAHandlerGetsItsNearestParents() {
            TestResponse response = client.http().get("/items/gone").send();

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("Message").asText()).isEqualTo("Out of stock: gone");
        }

        @Test
        void oneMethodHandlesEachTypeItLists() {
            TestResponse checked = client.http().get("/items/card").send();
            TestResponse unchecked = client.http().get("/items/argument").send();

            assertThat(checked.status()).isEqualTo(402);
            assertThat(checked.json().get("type").asText()).isEqualTo("PaymentDeclined");
            assertThat(unchecked.status()).isEqualTo(402);
            assertThat(unchecked.json().get("type").asText()).isEqualTo("IllegalArgumentException");
        }

        @Test
        void anExceptionNoHandlerTakesStaysA500ThatRevealsNothing() {
            TestResponse response = client.http().get("/items/state").send();

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().get("Code").asText()).isEqualTo("InternalServerError");
            assertThat(response.bodyText()).doesNotContain("secret", "IllegalState");
        }

        @Test
        void aHandlerThatThrowsIsA500ThatRevealsNothing() {
            TestResponse response = client.http().get("/items/broken").send();

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().get("Code").asText()).isEqualTo("InternalServerError");
            assertThat(response.bodyText()).doesNotContain("bug", "handler", "Broken");
        }

        @Test
        void aRouteThatReturnsIsUntouched() {
            TestResponse response = client.http().get("/items/cup").send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().asText()).isEqualTo("cup");
        }
    }

    @Nested
    class CatchAll {
        private final TestClient client = TestClient.of(new CatchAllAppHandler());

        @Test
        void aHandlerOfExceptionTakesWhatTheRoutesThrow() {
            TestResponse response = client.http().get("/things/3").send();

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().get("Code").asText()).isEqualTo("ThingFailed");
            assertThat(response.bodyText()).doesNotContain("secret");
        }

        @Test
        void httpErrorsPassThroughAHandlerOfException() {
            TestResponse thrown = client.http().get("/things/2").send();
            TestResponse binding = client.http().get("/things/two").send();

            assertThat(thrown.status()).isEqualTo(400);
            assertThat(thrown.json().get("Message").asText()).isEqualTo("Thing 2 is bad");
            assertThat(binding.status()).isEqualTo(400);
            assertThat(binding.json().get("Code").asText()).isEqualTo("BadRequestError");
        }

        @Test
        void aHandlerOfAnHttpErrorTakesIt() {
            TestResponse response = client.http().get("/things/1").send();

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("Message").asText()).isEqualTo("Nothing here");
        }

        @Test
        void aMissingRouteIsNoRouteException() {
            TestResponse response = client.http().get("/nowhere").send();

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("Message").asText()).isNotEqualTo("Nothing here");
        }
    }
}
