package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.benchmarks.build.AppSource;
import dev.goblet.benchmarks.routes.Routes500Api;
import dev.goblet.benchmarks.routes.Routes500Handler;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.UsersApi;
import dev.goblet.function.ApiRoute;
import org.junit.jupiter.api.Test;

/** The build wrote the 500-route app from its generator, and Goblet built a 500-route handler from it. */
class AppSourceTest {
    @Test
    void generatedHandlerHoldsAllFiveHundredRoutes() {
        Routes500Handler handler = new Routes500Handler(new Routes500Api(new UsersApi(new InMemoryUserStore())));
        assertThat(handler.routes()).hasSize(500);
        assertThat(handler.routes()).extracting(ApiRoute::template).contains("/users/{username}", "/r1/items/{id}");
        assertThat(handler.appName()).isEqualTo("routes-500");
    }

    @Test
    void generatorWritesTheAppItNames() {
        assertThat(AppSource.routes500())
                .contains("package " + AppSource.ROUTES_PACKAGE + ";")
                .contains("public final class " + AppSource.ROUTES_CLASS + " {");
    }
}
