package dev.goblet.processor.writing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraalVM metadata the processor writes for an app whose bodies are bound both ways: by generated codecs, which
 * need no reflection, and by jackson-databind, which needs it for the type and all it reaches.
 */
class NativeImageMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listsWhatDatabindBindsAndTheEntryPointsButNotTheGeneratedCodecsTypes() throws IOException {
        JavaFileObject app = JavaFileObjects.forSourceString("test.nat.NativeApp", """
                package test.nat;

                import dev.goblet.App;
                import dev.goblet.HttpMethod;
                import dev.goblet.Route;
                import dev.goblet.event.OnSqsMessage;
                import java.util.List;

                @App(name = "native-app")
                public class NativeApp {
                    /** Bound by a generated codec. */
                    public record Item(String name, int count) {}

                    /** Reached only through Legacy: databind binds it too. */
                    public record Tag(String label) {}

                    /** A class, not a record: databind binds it. */
                    public static class Legacy {
                        public String title;
                        public List<Tag> tags;
                    }

                    /** An event function's payload: databind binds it. */
                    public record Job(String id) {}

                    @Route(path = "/items", methods = HttpMethod.POST)
                    public Item create(Item item) { return item; }

                    @Route(path = "/legacy", methods = HttpMethod.PUT)
                    public Legacy legacy(Legacy legacy) { return legacy; }

                    @OnSqsMessage(queue = "jobs")
                    public void run(Job job) {}
                }
                """);

        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions(List.of("-Agoblet.outputDirectory=" + dir.resolve("out"))).compile(app);

        assertThat(compilation).succeeded();
        String path = "META-INF/native-image/test.nat/native-app/reflect-config.json";
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, path);
        JsonNode config = JSON.readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
                .getCharContent(true).toString());
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        config.forEach(entry -> entries.put(entry.path("name").asText(), entry));

        assertThat(entries.keySet()).as("databind's types, what they reach, and the entry points").containsExactly(
                "test.nat.NativeApp$Job", "test.nat.NativeApp$Legacy", "test.nat.NativeApp$Tag",
                "test.nat.NativeAppHandler", "test.nat.NativeAppRunHandler");
        assertThat(entries).doesNotContainKey("test.nat.NativeApp$Item");
        JsonNode legacy = entries.get("test.nat.NativeApp$Legacy");
        for (String flag : List.of("allDeclaredConstructors", "allPublicConstructors", "allDeclaredMethods",
                "allPublicMethods", "allDeclaredFields", "allPublicFields")) {
            assertThat(legacy.path(flag).asBoolean()).as(flag).isTrue();
        }
        JsonNode handler = entries.get("test.nat.NativeAppHandler");
        assertThat(handler.path("allPublicConstructors").asBoolean()).as("Lambda builds it by its name").isTrue();
        assertThat(handler.has("allDeclaredFields")).isFalse();
        List<String> keys = new ArrayList<>();
        config.forEach(entry -> entry.fieldNames().forEachRemaining(keys::add));
        assertThat(keys).as("only keys of GraalVM's reflect-config format").allMatch(key -> key.equals("name")
                || key.matches("all(Declared|Public)(Constructors|Methods|Fields)"));
    }
}
