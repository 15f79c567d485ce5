package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.local.LocalServer;
import dev.goblet.local.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients in two more languages, made from the {@code openapi.json} Goblet wrote for this service, walk through
 * the service on the local server over real HTTP: create, get, update, list page by page, and the typed 409, 400 and
 * 404. Python's is openapi-generator's {@code python} client (made by the build, run with python3 and the pydantic
 * it needs); TypeScript's is openapi-fetch typed by openapi-typescript, type-checked with {@code tsc --strict} before
 * it runs on node. Where the document and the service disagree, a client rejects the answer and the test fails.
 */
class GeneratedClientsTest {
    private static final Path PYTHON_CLIENT = Path.of("target/generated-clients/python");
    private static final Path TYPESCRIPT = Path.of("target/generated-clients/typescript");
    private static final List<String> WALKTHROUGH = List.of("create: 201", "get: 200 john@example.com",
            "update: 200 John", "list: 4 users in", "409: User 'john' already exists", "400: Invalid username",
            "delete: 204", "404: User 'john' not found");

    private LocalUsersService service;
    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        service = LocalUsersService.start();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        server = LocalServer.start(service.handler(), ServerOptions.defaults().withPort(0).withLog(quiet));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void thePythonClientWalksThroughTheService() throws Exception {
        Run modules = run(List.of("python3", "-c", "import pydantic, urllib3, dateutil, typing_extensions"), Map.of());
        requireTool(modules.exit() == 0, "python3 with pydantic, urllib3, python-dateutil and typing-extensions");
        assertThat(PYTHON_CLIENT.resolve("users_client")).as("made by the build's users-client-python").isDirectory();

        Run walk = run(List.of("python3", "src/test/python/walk_users.py", server.uri().toString()),
                Map.of("PYTHONPATH", PYTHON_CLIENT.toAbsolutePath().toString()));

        assertThat(walk.exit()).as(walk.output()).isZero();
        assertWalkedThrough(walk.output());
    }

    @Test
    void theTypeScriptClientTypeChecksStrictlyAndWalksThroughTheService() throws Exception {
        Path root = repositoryRoot();
        Path generator = root.resolve("node_modules/openapi-typescript/bin/cli.js");
        Path tsc = root.resolve("node_modules/typescript/bin/tsc");
        requireTool(Files.isRegularFile(generator) && Files.isRegularFile(tsc)
                && Files.isDirectory(root.resolve("node_modules/openapi-fetch")),
                "openapi-typescript, openapi-fetch and typescript (npm ci at the repository's root)");
        Files.createDirectories(TYPESCRIPT);
        for (String file : List.of("walk-users.mts", "tsconfig.json")) {
            Files.copy(Path.of("src/test/typescript", file), TYPESCRIPT.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Run types = run(List.of("node", generator.toString(), "target/goblet/openapi.json", "-o",
                TYPESCRIPT.resolve("users.d.ts").toString()), Map.of());
        assertThat(types.exit()).as(types.output()).isZero();

        Run strict = run(List.of("node", tsc.toString(), "-p", TYPESCRIPT.toString(), "--noEmit"), Map.of());
        assertThat(strict.exit()).as("tsc --strict --noEmit: " + strict.output()).isZero();
        Run compiled = run(List.of("node", tsc.toString(), "-p", TYPESCRIPT.toString()), Map.of());
        assertThat(compiled.exit()).as(compiled.output()).isZero();

        Run walk = run(List.of("node", TYPESCRIPT.resolve("out/walk-users.mjs").toString(),
                server.uri().toString()), Map.of());
        assertThat(walk.exit()).as(walk.output()).isZero();
        assertWalkedThrough(walk.output());
    }

    private static void assertWalkedThrough(String output) {
        List<String> lines = output.lines().toList();
        assertThat(lines).hasSize(WALKTHROUGH.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith(WALKTHROUGH.get(i));
        }
    }

    /** The repository's root, where 'npm ci' installs the TypeScript tools: the nearest folder with node_modules. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("node_modules"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** A missing tool fails the test under CI, where the build installs it, and skips it elsewhere, saying why. */
    private static void requireTool(boolean present, String what) {
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(what + " missing: CI must provide it");
        }
        Assumptions.assumeTrue(present, () -> "Skipped: " + what + " not found");
    }

    private record Run(int exit, String output) {}

    private static Run run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notFound) {
            return new Run(127, command.get(0) + ": " + notFound.getMessage());
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end in 120 s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
