package dev.goblet.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/websockets.md followed word for word in the quickstart's project, beside its app as the page says: the two
 * artifacts it adds, the chat and its test build, the test passes, and the template has the WebSocket API.
 */
class WebSocketsPageTest {
    @TempDir
    Path project;

    @Test
    void theChatBuildsItsTestPassesAndItsTemplateHasTheWebSocketApi() throws Exception {
        DocPage.read("quickstart.md").writeTo(project);
        DocPage page = DocPage.read("websockets.md");
        assertThat(page.files()).containsOnlyKeys("src/main/java/com/example/chat/ChatApp.java",
                "src/test/java/com/example/chat/ChatAppTest.java");
        page.writeTo(project);
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("goblet-websocket");

        MavenBuild.Result build = MavenBuild.run(project, "package");

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("-- in com.example.chat.ChatAppTest")
                .contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
        Path templates = project.resolve("target/goblet");
        try (var apps = Files.list(templates)) {
            Path chat = apps.filter(dir -> Files.isRegularFile(dir.resolve("sam.yaml"))
                    && readable(dir.resolve("sam.yaml")).contains("WebsocketAPI")).findFirst().orElseThrow();
            JsonNode sam = new ObjectMapper(new YAMLFactory()).readTree(chat.resolve("sam.yaml").toFile());
            assertThat(sam.at("/Resources/WebsocketAPI/Properties/ProtocolType").asText()).isEqualTo("WEBSOCKET");
            assertThat(sam.at("/Outputs/WebsocketConnectEndpointURL").isMissingNode()).isFalse();
        }
    }

    private static String readable(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
