package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.sample.SampleApp;
import dev.goblet.sample.SampleAppHandler;
import dev.goblet.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs one function once with {@link LocalInvoke}, in this JVM and from its command line in a JVM of its own. */
class LocalInvokeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void answersAnEventFromStandardInput() throws Exception {
        byte[] event = JSON.writeValueAsBytes(Events.restApi("GET", "/hello").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = LocalInvoke.invoke(invocation("--handler", SampleAppHandler.class.getName()),
                getClass().getClassLoader(), new ByteArrayInputStream(event), print(out), print(err));

        assertThat(exit).isZero();
        JsonNode answer = JSON.readTree(out.toByteArray());
        assertThat(answer.path("statusCode").asInt()).as(err.toString()).isEqualTo(200);
        assertThat(JSON.readTree(answer.path("body").asText()))
                .isEqualTo(JSON.valueToTree(Map.of("hello", "world")));
    }

    @Test
    void saysWhatIsWrongWithoutAStackTrace() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        ByteArrayInputStream nothing = new ByteArrayInputStream(new byte[0]);
        int missingFile = LocalInvoke.invoke(invocation("--handler", SampleAppHandler.class.getName(), "--event",
                folder.resolve("none.json").toString()), getClass().getClassLoader(), nothing,
                print(new ByteArrayOutputStream()), print(err));
        int notAFunction = LocalInvoke.invoke(invocation("--handler", "java.lang.String"),
                getClass().getClassLoader(), nothing, print(new ByteArrayOutputStream()), print(err));

        assertThat(missingFile).isEqualTo(2);
        assertThat(notAFunction).isEqualTo(2);
        assertThat(err.toString()).contains("No event file").contains("java.lang.String is not a Goblet handler")
                .doesNotContain("Exception");
    }

    @Test
    void runsFromTheCommandLineWithTheFunctionsEnvironment() throws Exception {
        Path event = folder.resolve("event.json");
        Files.write(event, JSON.writeValueAsBytes(Events.restApi("GET", "/env").build()));

        Process invoke = java(LocalInvoke.class.getName(), "--handler", SampleAppHandler.class.getName(),
                "--event", event.toString(), "--env", SampleApp.GREETING_VARIABLE + "=hello from invoke");
        String output = new String(invoke.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(invoke.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(invoke.exitValue()).as(output).isZero();
        JsonNode answer = JSON.readTree(output);
        assertThat(JSON.readTree(answer.path("body").asText()))
                .isEqualTo(JSON.valueToTree(Map.of("greeting", "hello from invoke")));
    }

    @Test
    void serverEndsWhenTheProcessThatStartedItIsKilled() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        ProcessBuilder builder = javaCommand(LocalServer.class.getName(), "--handler",
                SampleAppHandler.class.getName(), "--port", "0");
        builder.environment().put(ForkedJvm.PARENT_PID, Long.toString(parent.pid()));
        Process server = builder.start();
        try {
            assertThat(server.isAlive()).isTrue();
            parent.destroyForcibly().waitFor();

            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("the server ends with its parent").isTrue();
        } finally {
            server.destroyForcibly();
            parent.destroyForcibly();
        }
    }

    private static LocalInvoke.Invocation invocation(String... args) {
        return LocalInvoke.Invocation.parse(List.of(args));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static Process java(String... args) throws java.io.IOException {
        return javaCommand(args).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static ProcessBuilder javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
