package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.benchmarks.build.AppSource;
import dev.goblet.benchmarks.routes.Routes500Api;
import dev.goblet.benchmarks.routes.Routes500Handler;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.UsersApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The checked-in 500-route app is what its generator writes, and Goblet built a 500-route handler from it. */
class AppSourceTest {
    @Test
    void checkedInAppMatchesItsGenerator() throws Exception {
        Path file = Paths.get("src/main/java/dev/goblet/benchmarks/routes/Routes500Api.java");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("Run benchmarks/generate-apps.sh to bring %s up to date", file)
                .isEqualTo(AppSource.routes500());
    }

    @Test
    void generatedHandlerHoldsAllFiveHundredRoutes() {
        Routes500Handler handler = new Routes500Handler(new Routes500Api(new UsersApi(new InMemoryUserStore())));
        assertThat(handler.routes()).hasSize(500);
    }
}
